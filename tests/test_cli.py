"""The command line: formats, JSON contract, exit codes, bad input, configuration, help texts."""
import json
import re

import pytest
from click.testing import CliRunner

from notelint.cli.main import COMMANDS, cli

VAGUE = "Smart guy, great communicator. Strong hire."
GOOD = ("When I moved the launch date up, she cut scope to one market and explained that the other two "
        "lacked labelled fraud data, so the model would ship on time.")


@pytest.fixture
def run(linter):
    runner = CliRunner()

    def go(*args, input=None):
        return runner.invoke(cli, list(args), input=input, catch_exceptions=False)
    return go


def test_json_contract(run, tmp_path):
    schema = pytest.importorskip("jsonschema")
    (tmp_path / "a.txt").write_text(VAGUE)
    r = run("lint", str(tmp_path / "a.txt"), "--format", "json")
    reports = json.loads(r.stdout)
    assert len(reports) == 1
    rep = reports[0]
    assert set(rep) == {"source", "note_id", "specificity", "units", "findings", "summary"}
    for u in rep["units"]:
        assert VAGUE[u["start"]:u["end"]] == u["text"] and u["line"] == 1 and u["col"] == u["start"] + 1
        assert set(u["kind_scores"]) == {"evidence", "vague", "context"}
        assert abs(sum(u["kind_scores"].values()) - 1) < 1e-3
    for f in rep["findings"]:
        assert set(f) == {"rule", "name", "severity", "message", "hint", "start", "end", "line", "col"}
    assert set(rep["summary"]) == {"evidence", "vague", "context", "dimensions_evidenced"}
    from notelint.serve.openapi import openapi_document
    doc = openapi_document("x")
    schema.validate(rep, {**doc["components"]["schemas"]["Report"], "components": doc["components"]})


def test_jsonl_carries_note_ids_and_stdin(run, tmp_path):
    p = tmp_path / "notes.jsonl"
    p.write_text(json.dumps({"note_id": "x1", "text": VAGUE}) + "\n" + json.dumps({"note_id": "x2", "text": GOOD}) + "\n")
    r = run("lint", str(p), "--format", "jsonl", "--no-exit")
    assert [json.loads(x)["note_id"] for x in r.stdout.splitlines()] == ["x1", "x2"]
    r = run("lint", "-", "--format", "json", "--no-exit", input=VAGUE)
    assert json.loads(r.stdout)[0]["source"] == "<stdin>"


def test_csv_input(run, tmp_path):
    p = tmp_path / "notes.csv"
    p.write_text('note_id,text\nc1,"' + GOOD + '"\n')
    r = run("lint", str(p), "--format", "json", "--no-exit")
    assert json.loads(r.stdout)[0]["note_id"] == "c1"


def test_exit_codes(run, tmp_path):
    (tmp_path / "v.txt").write_text(VAGUE)
    (tmp_path / "g.txt").write_text(GOOD)
    assert run("lint", str(tmp_path / "v.txt"), "--fail-on", "warning").exit_code == 1
    assert run("lint", str(tmp_path / "v.txt"), "--fail-on", "warning", "--no-exit").exit_code == 0
    assert run("lint", str(tmp_path / "g.txt"), "--fail-on", "error").exit_code == 0
    assert run("lint", str(tmp_path / "missing.txt")).exit_code == 2
    assert run("lint", "--format", "xml", str(tmp_path / "g.txt")).exit_code == 2


def test_bad_inputs_one_line_each_others_still_linted(run, tmp_path):
    (tmp_path / "ok.txt").write_text(GOOD)
    (tmp_path / "empty.txt").write_text("   ")
    (tmp_path / "bin.dat").write_bytes(b"\x89PNG\x00\x00\x01")
    (tmp_path / "latin.txt").write_bytes("na\xefve caf\xe9".encode("latin-1"))
    (tmp_path / "huge.txt").write_text("She asked a question. " * 250_000)  # ~5 MB
    (tmp_path / "bad.jsonl").write_text('{"text": "fine note about labels"}\n{oops\n')
    (tmp_path / "nocol.csv").write_text("id,body\n1,hello\n")
    names = ["empty.txt", "bin.dat", "latin.txt", "huge.txt", "missing.txt", "bad.jsonl", "nocol.csv", "ok.txt"]
    r = CliRunner().invoke(cli, ["lint", "--format", "jsonl"] + [str(tmp_path / n) for n in names])
    assert r.exit_code == 2
    assert "Traceback" not in r.stdout
    errors = [l for l in r.stderr.splitlines() if l.startswith("notelint: error:")]
    assert len(errors) == 7, r.stderr
    for n in ("empty.txt", "bin.dat", "latin.txt", "huge.txt", "missing.txt", "bad.jsonl:2", "nocol.csv"):
        assert any(n in e for e in errors), n
    linted = [json.loads(x)["source"] for x in r.stdout.splitlines()]
    assert linted == [str(tmp_path / "bad.jsonl"), str(tmp_path / "ok.txt")]


def test_config_selects_rules_and_severity(run, tmp_path):
    (tmp_path / "v.txt").write_text(VAGUE + " Great culture fit.")
    cfg = tmp_path / "notelint.toml"
    cfg.write_text('[tool.notelint]\ndisable = ["bias"]\nseverity = {"vague.praise" = "error"}\nallow = ["great communicator"]\n')
    r = run("lint", str(tmp_path / "v.txt"), "--config", str(cfg), "--format", "json", "--no-exit")
    f = json.loads(r.stdout)[0]["findings"]
    assert not any(x["rule"].startswith("bias.") for x in f)
    assert all(x["severity"] == "error" for x in f if x["rule"] == "vague.praise")
    assert not any("communicator" in VAGUE[x["start"]:x["end"]].lower() and x["rule"] == "vague.praise" for x in f)
    cfg.write_text('[tool.notelint]\ncolour = "red"\n')
    r = CliRunner().invoke(cli, ["lint", str(tmp_path / "v.txt"), "--config", str(cfg)])
    assert r.exit_code == 2 and "unknown notelint setting" in r.stderr


def test_text_output_quotes_and_has_no_colour_when_piped(run, tmp_path):
    (tmp_path / "v.txt").write_text(VAGUE)
    out = run("lint", str(tmp_path / "v.txt"), "--no-exit").stdout
    assert '"Smart guy, great communicator."' in out and "vague.praise" in out and "\x1b[" not in out


def test_every_command_documented_with_example():
    readme = (__import__("pathlib").Path(__file__).resolve().parents[1] / "README.md").read_text()
    for cmd in COMMANDS:
        assert "Example" in (cmd.help or ""), cmd.name
        assert re.search(rf"notelint {cmd.name}\b", readme), f"README does not document `notelint {cmd.name}`"


def test_evaluate_prints_every_figure(run, tmp_path):
    from conftest import CORPUS
    from notelint.labels import DIMENSIONS
    rows = [json.loads(x) for x in open(CORPUS / "notes.jsonl", encoding="utf-8")]
    (tmp_path / "dev.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows if r["split"] == "dev"))
    m = json.loads(run("evaluate", str(tmp_path / "dev.jsonl"), "--format", "json").stdout)
    for key in ("kind_macro_f1", "polarity_macro_f1", "dimension_micro_f1", "kind_ece", "polarity_ece"):
        assert 0 <= m[key] <= 1
    assert set(m["dimension_f1"]) == set(DIMENSIONS)
    assert len(m["kind_confusion"]["matrix"]) == 3 and len(m["polarity_confusion"]["matrix"]) == 3
    assert sum(map(sum, m["kind_confusion"]["matrix"])) == m["n_units"]
    text = run("evaluate", str(tmp_path / "dev.jsonl"), "--split", "dev").stdout
    assert "kind" in text and "polarity" in text and all(d in text for d in DIMENSIONS)
    r = run("evaluate", str(tmp_path / "dev.jsonl"), "--split", "nosuchsplit")
    assert r.exit_code == 2


def test_evaluate_filters_by_writer(run, tmp_path):
    from conftest import CORPUS
    rows = [json.loads(x) for x in open(CORPUS / "notes.jsonl", encoding="utf-8")]
    two = [r for r in rows if r["writer"] in ("w6", "w7")]
    (tmp_path / "two.jsonl").write_text("".join(json.dumps(r) + "\n" for r in two))
    n_w7 = sum(len(r["units"]) for r in two if r["writer"] == "w7")
    m = json.loads(run("evaluate", str(tmp_path / "two.jsonl"), "--writer", "w7", "--format", "json").stdout)
    assert m["n_units"] == n_w7 < sum(len(r["units"]) for r in two)
    both = json.loads(run("evaluate", str(tmp_path / "two.jsonl"), "--writer", "w7", "--writer", "w6",
                          "--format", "json").stdout)
    assert both["n_units"] == sum(len(r["units"]) for r in two)
    r = run("evaluate", str(tmp_path / "two.jsonl"), "--writer", "w7", "--split", "dev")
    assert r.exit_code == 2 and "writers w7" in r.output


def test_score_and_signal_commands(run):
    import csv
    import io
    from conftest import ROOT
    examples = ROOT / "data" / "examples"
    out = run("score", *map(str, sorted(examples.glob("*.txt"))), "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and all(0 <= float(r["specificity"]) <= 100 for r in rows)
    vague = next(r for r in rows if "vague_praise" in r["source"])
    specific = next(r for r in rows if "specific_evidence" in r["source"])
    assert float(vague["specificity"]) < float(specific["specificity"])
    sig = json.loads(run("signal", str(examples / "panel.jsonl"), "--format", "json").stdout)
    assert sig["candidates"] and all(-1 <= c["score"] <= 1 for c in sig["candidates"])
    assert "hire" not in {c.get("verdict") for c in sig["candidates"]}
    md = run("signal", str(examples / "panel.jsonl"), "--format", "markdown").stdout
    assert md.lstrip().startswith("#") and "|" in md
