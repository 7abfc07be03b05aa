"""The HTTP API through the ASGI client, and a property-based run against its OpenAPI document."""
import json

import pytest

starlette = pytest.importorskip("starlette")
from starlette.testclient import TestClient  # noqa: E402

from notelint.serve.app import MAX_BODY, create_app  # noqa: E402

NOTE = ("I asked her to design fraud alerting for card payments. She asked how fast chargebacks arrive, "
        "then proposed a shadow launch with a rollback if approvals dropped 2%. Great communicator. Strong hire.")


@pytest.fixture(scope="module")
def client(linter):
    return TestClient(create_app(linter))


def test_health_and_openapi(client):
    r = client.get("/v1/health")
    assert r.status_code == 200 and r.json()["status"] == "ok"
    doc = client.get("/v1/openapi.json").json()
    assert set(doc["paths"]) == {"/v1/health", "/v1/lint", "/v1/score", "/v1/signal"}


def test_lint_matches_python_api(client, linter):
    r = client.post("/v1/lint", json={"text": NOTE})
    assert r.status_code == 200
    assert r.json() == json.loads(json.dumps(linter.lint(NOTE, source="api").to_dict()))
    many = client.post("/v1/lint", json={"notes": [{"text": NOTE, "note_id": "a"}, {"text": "Smart.", "note_id": "b"}]})
    assert [x["note_id"] for x in many.json()["reports"]] == ["a", "b"]


def test_score_and_signal(client):
    s = client.post("/v1/score", json={"text": NOTE}).json()
    assert 0 <= s["specificity"] <= 100
    body = {"notes": [{"text": NOTE, "note_id": "n1", "candidate_id": "c1", "interviewer_id": "i1",
                       "req_id": "r1", "recommendation": "hire"},
                      {"text": "Smart. Strong hire.", "note_id": "n2", "candidate_id": "c2",
                       "interviewer_id": "i2", "req_id": "r1", "recommendation": "strong_hire"}]}
    out = client.post("/v1/signal", json=body).json()
    assert [c["rank"] for c in out["candidates"]] == [1, 2]
    assert any(f["type"] == "vague_only" for c in out["candidates"] for f in c["flags"])


@pytest.mark.parametrize("kwargs,status", [
    ({"content": b"not json", "headers": {"content-type": "application/json"}}, 400),
    ({"content": b"{}", "headers": {"content-type": "text/plain"}}, 415),
    ({"json": []}, 422),
    ({"json": {"text": ""}}, 422),
    ({"json": {"text": 5}}, 422),
    ({"json": {"text": "x", "ratings": {"charisma": "hire"}}}, 422),
    ({"json": {"notes": []}}, 422),
    ({"json": {"text": "x" * 100_001}}, 413),
    ({"content": b"{" + b" " * (MAX_BODY + 1) + b"}", "headers": {"content-type": "application/json"}}, 413),
])
def test_bad_bodies_get_clear_4xx(client, kwargs, status):
    r = client.post("/v1/lint", **kwargs)
    assert r.status_code == status
    assert r.json()["status"] == status and r.json()["error"]


def test_signal_requires_people(client):
    r = client.post("/v1/signal", json={"notes": [{"text": NOTE}]})
    assert r.status_code == 422 and "candidate_id" in r.json()["error"]


def test_unknown_route_and_method(client):
    assert client.get("/v2/lint").status_code == 404
    assert client.get("/v1/lint").status_code == 405


def test_note_text_never_logged(linter, caplog):
    secret = "Zanzibar-unique-phrase asked about the label delay."
    with caplog.at_level("DEBUG"):
        TestClient(create_app(linter)).post("/v1/lint", json={"text": secret})
    assert "Zanzibar" not in caplog.text
