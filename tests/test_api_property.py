"""Property-based API test: inputs generated from the OpenAPI document never cause a 5xx."""
import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402

from notelint.serve.app import create_app  # noqa: E402


@pytest.fixture(scope="module")
def api_schema(linter):
    return schemathesis.openapi.from_asgi("/v1/openapi.json", create_app(linter))


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case):
    response = case.call()
    assert response.status_code < 500, (case.method, case.path, response.status_code)
