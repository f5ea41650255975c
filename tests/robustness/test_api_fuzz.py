"""Schemathesis against the service's own /openapi.json: valid and invalid inputs, no 5xx ever.

Every operation is called with generated bodies, query strings and paths, both conforming to
the schema and deliberately breaking it. Each answer must be below 500, and every error must
come in the one JSON error shape. The operator's and the agent's credentials are sent as the
operation's security asks, so the generated data reaches the handlers instead of stopping at
authentication.
"""

from __future__ import annotations

import tempfile
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings

from backend import create_app

ERROR_KEYS = {"code", "message", "details"}


def load_schema() -> Any:
    """The app's own OpenAPI document (building an app needs no database connection)."""
    with tempfile.TemporaryDirectory() as instance:
        app = create_app({"database_url": "sqlite://", "instance_path": instance,
                          "zaf_shared_secret": "spec-only", "log_format": "text"})
        spec = app.test_client().get("/openapi.json").get_json()
    return schemathesis.openapi.from_dict(spec)


schema = load_schema()


def credentials(security: list[dict[str, Any]], agent: str, admin: str) -> dict[str, str]:
    """Headers that satisfy an operation's security requirement (none when it has none)."""
    schemes = {name for requirement in security for name in requirement}
    if "adminBearer" in schemes or "adminToken" in schemes:
        return {"Authorization": f"Bearer {admin}"}
    if "zafJwt" in schemes:
        return {"Authorization": f"Bearer {agent}"}
    return {}


@schema.parametrize()
@settings(max_examples=10, derandomize=True, deadline=None,
          suppress_health_check=list(HealthCheck))
def test_no_server_error_and_errors_in_one_shape(case, app, token, admin_auth):
    security = case.operation.definition.raw.get("security", [])
    admin = admin_auth["Authorization"].removeprefix("Bearer ")
    headers = credentials(security, token(), admin)
    response = case.call(app=app, headers={**(case.headers or {}), **headers})
    assert response.status_code < 500, (case.as_curl_command(), response.text[:500])
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"error"}, response.text[:300]
        assert set(body["error"]) == ERROR_KEYS
        assert isinstance(body["error"]["code"], str) and body["error"]["code"]
        assert isinstance(body["error"]["message"], str) and body["error"]["message"]


HUGE_IDS = [2**63, 2**64, -(2**63) - 1]


def test_out_of_range_path_ids_are_clean_errors(app, token, admin_auth):
    """Path ids past 64 bits (what the fuzzer found once) must be a 4xx, never a database 500."""
    client = app.test_client()
    spec = client.get("/openapi.json").get_json()
    admin = admin_auth["Authorization"].removeprefix("Bearer ")
    checked = 0
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            params = [p for p in op.get("parameters", [])
                      if p["in"] == "path" and p["schema"].get("type") == "integer"]
            if not params:
                continue
            headers = credentials(op.get("security", []), token(), admin)
            for value in HUGE_IDS:
                url = path
                for p in params:
                    url = url.replace("{" + p["name"] + "}", str(value))
                r = client.open(url, method=method.upper(), json={}, headers=headers)
                assert r.status_code < 500, (method, url, r.get_data(as_text=True)[:200])
                checked += 1
    assert checked
