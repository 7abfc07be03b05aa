"""Scenario tests of the candidate signal's semantics (issue 5), independent of the models."""
import json

import pytest

from notelint.debrief import AnalysedNote, SignalUnit, Switches, compute_signal, load_rubric
from notelint.debrief.rubric import Rubric

RUBRIC = load_rubric()


def U(text, kind="evidence", pol="positive", dims=("judgment",), spec=None, p_ev=None):
    p_ev = p_ev if p_ev is not None else {"evidence": 0.95, "vague": 0.05, "context": 0.02}[kind]
    valence = {"positive": 0.9, "negative": -0.9, "neutral": 0.0}[pol]
    if spec is None:
        spec = 70.0 if kind == "evidence" else 3.0
    return SignalUnit(text, kind, p_ev, pol, valence, list(dims), spec)


def N(nid, cand, interviewer, units, rec="hire", req="r1"):
    return AnalysedNote(nid, cand, interviewer, req, rec, "2026-01-01", "system_design", units)


def cand(result, cid):
    return next(c for c in result["candidates"] if c["candidate_id"] == cid)


def flags(c, ftype=None, dim=None):
    return [f for f in c["flags"] if (ftype is None or f["type"] == ftype) and (dim is None or f["dimension"] == dim)]


def test_evidence_outweighs_impression():
    notes = [N("a1", "A", "i1", [U(f"Brilliant judgement {i}!", "vague") for i in range(5)]),
             N("b1", "B", "i2", [U("When the date moved she cut scope to one market and said why.")])]
    r = compute_signal(notes, RUBRIC)
    a, b = cand(r, "A")["dimensions"]["judgment"], cand(r, "B")["dimensions"]["judgment"]
    assert a["signal"] < 0.05, "vague praise must carry almost no weight, however glowing"
    assert b["signal"] > 0.2 and b["signal"] > 4 * a["signal"]


def test_specific_critique_outweighs_generic_praise():
    units = [U("Great with metrics.", "vague", dims=("metrics",)) for _ in range(4)]
    units.append(U("Treated a +2% offline AUC as proof revenue would rise.", pol="negative", dims=("metrics",)))
    r = compute_signal([N("n1", "A", "i1", units)], RUBRIC)
    assert cand(r, "A")["dimensions"]["metrics"]["signal"] < -0.2


def test_thin_evidence_is_shrunk():
    one = compute_signal([N("n1", "A", "i1", [U("Proposed a rollback on a 2% drop.", dims=("risk_awareness",))])], RUBRIC)
    many = compute_signal([N(f"n{i}", "A", f"i{i}", [U(f"Proposed rollback variant {i}.", dims=("risk_awareness",))])
                           for i in range(6)], RUBRIC)
    s1 = cand(one, "A")["dimensions"]["risk_awareness"]
    s6 = cand(many, "A")["dimensions"]["risk_awareness"]
    assert s1["signal"] < 0.5, "one sentence cannot produce an extreme"
    assert s6["signal"] > s1["signal"] and s6["confidence"] > s1["confidence"]
    assert -1 <= s6["signal"] <= 1


def test_negative_risk_evidence_weighs_more():
    def pair(dim):
        units = [U("Did X well.", dims=(dim,)), U("Did X badly.", pol="negative", dims=(dim,))]
        return cand(compute_signal([N("n", "A", "i1", units)], RUBRIC), "A")["dimensions"][dim]["signal"]
    assert pair("risk_awareness") < -0.05
    assert abs(pair("coding")) < 0.02
    off = compute_signal([N("n", "A", "i1", [U("+", dims=("judgment",)), U("-", pol="negative", dims=("judgment",))])],
                         RUBRIC, switches=Switches(asymmetry=False))
    assert abs(cand(off, "A")["dimensions"]["judgment"]["signal"]) < 0.02


def test_red_flags_only_from_behavioural_evidence():
    vague = compute_signal([N("n1", "A", "i1", [U("Not senior enough on risk.", "vague", "negative", ("risk_awareness",))])], RUBRIC)
    assert not flags(cand(vague, "A"), "red_flag") and not flags(cand(vague, "A"), "repeated")
    ev = compute_signal([N("n1", "A", "i1", [U("Had no rollback plan when asked.", pol="negative", dims=("risk_awareness",))])], RUBRIC)
    f = flags(cand(ev, "A"), "red_flag", "risk_awareness")
    assert len(f) == 1 and f[0]["note_ids"] == ["n1"] and f[0]["quotes"][0]["text"].startswith("Had no rollback")


def test_repeated_and_defended_raise_severity_corrected_lowers_it():
    bad = U("Shipped on offline AUC alone.", pol="negative", dims=("metrics",))
    once = cand(compute_signal([N("n1", "A", "i1", [bad])], RUBRIC), "A")
    twice = cand(compute_signal([N("n1", "A", "i1", [bad]), N("n2", "A", "i2", [bad])], RUBRIC), "A")
    (f1,), (f2,) = flags(once, dim="metrics"), flags(twice, dim="metrics")
    assert f1["type"] == "red_flag" and f2["type"] == "repeated"
    assert f2["severity"] > f1["severity"] and f2["interviewer_ids"] == ["i1", "i2"]
    defended = U("When I questioned it he repeated the same answer.", pol="negative", dims=("learning",))
    corrected = U("After my hint she switched to an online holdout.", pol="positive", dims=("learning",))
    fd = flags(cand(compute_signal([N("n1", "A", "i1", [bad, defended])], RUBRIC), "A"), dim="metrics")[0]
    fc = flags(cand(compute_signal([N("n1", "A", "i1", [bad, corrected])], RUBRIC), "A"), dim="metrics")[0]
    assert fd["severity"] > f1["severity"] > fc["severity"]


def test_contradictions_are_surfaced_with_both_quotes():
    notes = [N("n1", "A", "i1", [U("Sized the cache for 40k QPS.", dims=("system_thinking",))]),
             N("n2", "A", "i2", [U("Could not say where the model would be served.", pol="negative", dims=("system_thinking",))])]
    c = cand(compute_signal(notes, RUBRIC), "A")
    (f,) = flags(c, "contradiction")
    assert f["dimension"] == "system_thinking" and f["interviewer_ids"] == ["i1", "i2"]
    assert {q["text"] for q in f["quotes"]} == {"Sized the cache for 40k QPS.", "Could not say where the model would be served."}


def test_interviewer_normalisation():
    ev = [U("Asked for the base rate first.", dims=("metrics",)), U("Proposed a canary.", dims=("risk_awareness",))]
    history = [N(f"g{i}", f"old{i}", "generous", ev, "strong_hire") for i in range(8)]
    history += [N(f"s{i}", f"old{i}", "strict", ev, "lean_no_hire") for i in range(8)]
    notes = history + [N("x", "X", "generous", ev, "strong_hire"), N("y", "Y", "strict", ev, "hire")]
    r = compute_signal(notes, RUBRIC)
    gx = cand(r, "X")["recommendations"][0]["normalized"]
    sy = cand(r, "Y")["recommendations"][0]["normalized"]
    assert sy > gx, "a strict interviewer's hire counts for more than a generous one's strong_hire"
    assert r["interviewers"]["generous"]["leniency"] > 0 > r["interviewers"]["strict"]["leniency"]
    short = compute_signal([N("z", "Z", "newbie", ev, "strong_hire")] + history, RUBRIC)
    assert abs(short["interviewers"]["newbie"]["leniency"]) < abs(short["interviewers"]["generous"]["leniency"])


def test_unsupported_and_vague_only_notes_count_for_less():
    vague_only = N("v", "A", "i1", [U("Smart, strong hire.", "vague")], "strong_hire")
    thin = N("t", "B", "i1", [U("Asked one question about labels.", dims=("data_intuition",))], "strong_hire")
    ok = N("o", "C", "i1", [U("Asked about labels.", dims=("data_intuition",)), U("Found the leak.", dims=("data_intuition",))], "strong_hire")
    r = compute_signal([vague_only, thin, ok], RUBRIC)
    assert [f["type"] for f in cand(r, "A")["flags"]] == ["vague_only"]
    assert [f["type"] for f in cand(r, "B")["flags"]] == ["unsupported_recommendation"]
    assert cand(r, "C")["flags"] == []
    full = compute_signal([thin], RUBRIC, switches=Switches(discounting=False))
    assert cand(full, "B")["dimensions"]["data_intuition"]["weight"] > cand(r, "B")["dimensions"]["data_intuition"]["weight"]


def test_ranking_within_req_and_table():
    good = [U("Proposed a shadow launch with rollback.", dims=("risk_awareness",)), U("Chose recall@k and said why.", dims=("metrics",))]
    bad = [U("Had no monitoring plan when asked.", pol="negative", dims=("risk_awareness",))]
    notes = [N("1", "A", "i1", good, req="r1"), N("2", "B", "i2", bad, req="r1"), N("3", "C", "i1", bad, req="r2")]
    r = compute_signal(notes, RUBRIC)
    assert [(c["req_id"], c["candidate_id"], c["rank"]) for c in r["candidates"]] == [
        ("r1", "A", 1), ("r1", "B", 2), ("r2", "C", 1)]
    t = r["dimension_tables"]["r1"]["risk_awareness"]
    assert t["A"] == "strongest" and t["B"] == "concern"
    assert r["dimension_tables"]["r1"]["coding"] == {"A": "no_evidence", "B": "no_evidence"}
    only = compute_signal(notes, RUBRIC, req="r2")
    assert [c["candidate_id"] for c in only["candidates"]] == ["C"]


def test_never_emits_a_verdict():
    r = compute_signal([N("1", "A", "i1", [U("x")])], RUBRIC)
    blob = json.dumps(r)
    for key in ('"verdict"', '"decision"', '"hire_decision"'):
        assert key not in blob
    assert set(r["candidates"][0]) >= {"candidate_id", "req_id", "rank", "score", "confidence", "dimensions",
                                       "flags", "recommendations"}


def test_rubric_overrides_per_req(tmp_path):
    p = tmp_path / "rubric.json"
    p.write_text(json.dumps({"reqs": {"r9": {"dimension_weights": {"coding": 10}}}}))
    rub = load_rubric(p)
    assert rub.for_req("r9").normalised_weights()["coding"] > rub.normalised_weights()["coding"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"dimension_weights": {"charisma": 1}}))
    from notelint.errors import ConfigError
    with pytest.raises(ConfigError, match="charisma"):
        load_rubric(bad)
    assert isinstance(rub, Rubric)


def test_a_verdict_without_evidence_moves_nothing():
    """An evidence-free panel of strong_hire notes must not outrank a candidate with real, mixed
    evidence, and its recommendations add nothing to its score."""
    vague = [N(f"v{i}", "A", f"i{i}", [U("Brilliant, a natural leader.", "vague")], "strong_hire") for i in range(3)]
    mixed = [N("m1", "B", "i1", [U("Proposed a canary with a rollback trigger.", dims=("risk_awareness",)),
                                  U("Chose recall@k and explained the trade-off.", dims=("metrics",))], "hire"),
             N("m2", "B", "i2", [U("Did not ask how labels were collected.", pol="negative",
                                   dims=("data_intuition",))], "lean_hire")]
    r = compute_signal(vague + mixed, RUBRIC)
    a, b = cand(r, "A"), cand(r, "B")
    assert abs(a["score"]) < 0.01, a["score"]
    assert b["score"] > a["score"]
    assert all(rec["counted"] == 0.0 for rec in a["recommendations"])
