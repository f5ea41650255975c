"""Schemathesis against the service's own /openapi.json: valid and invalid inputs, no 5xx ever.

Every operation is called with generated bodies, query strings and paths, both conforming to
the schema and deliberately breaking it; every answer, success or error, must match the schema
the service publishes (schemathesis' response_schema_conformance), and never be a 5xx. Dates
are drawn with the calendar's ends in the mix. A second pass plants hostile values (numbers
of thousands of digits, NaN, 64-bit edges, edge dates, NUL and lone surrogates, deep nesting)
into valid requests, in the body, the query and the path. Credentials are sent as each
operation's security asks and webhook deliveries are signed, so the data reaches the handlers.
"""

from __future__ import annotations

import tempfile
from typing import Any

import pytest
import schemathesis
from flask import Flask
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.core import NOT_SET
from schemathesis.specs.openapi.checks import response_schema_conformance

from backend import create_app
from tests.robustness.fuzz_support import (
    DATES,
    WEBHOOK_OPERATION,
    WEBHOOK_SECRET,
    assert_no_server_error,
    credentials,
    dumps,
    fill_path,
    planted,
    query_string,
    signed_delivery,
)

APP_SETTINGS = {"demo_enabled": True, "github_webhook_secret": WEBHOOK_SECRET}
schemathesis.openapi.format("date", DATES)


def load_schema() -> Any:
    """The app's own OpenAPI document (building an app needs no database connection)."""
    with tempfile.TemporaryDirectory() as instance:
        app = create_app({"database_url": "sqlite://", "instance_path": instance,
                          "zaf_shared_secret": "spec-only", "log_format": "text", **APP_SETTINGS})
        spec = app.test_client().get("/openapi.json").get_json()
    return schemathesis.openapi.from_dict(spec)


schema = load_schema()
OPERATIONS = [result.ok() for result in schema.get_all_operations()]


@pytest.fixture
def fuzz_app(make_app: Any) -> Flask:
    """The app with every documented route on: the demo, and webhooks with a known secret."""
    return make_app(**APP_SETTINGS)


def operation_id(operation: Any) -> str:
    """The operationId the service gave the operation."""
    return str(operation.definition.raw.get("operationId", operation.label))


def auth_headers(operation: Any, token: Any, admin_auth: dict[str, str]) -> dict[str, str]:
    """The credentials the operation's security asks for."""
    admin = admin_auth["Authorization"].removeprefix("Bearer ")
    return credentials(operation.definition.raw.get("security", []), token(), admin)


@schema.parametrize()
@settings(max_examples=10, derandomize=True, deadline=None,
          suppress_health_check=list(HealthCheck))
def test_no_server_error_and_every_answer_matches_the_schema(case, fuzz_app, token, admin_auth):
    if operation_id(case.operation) == WEBHOOK_OPERATION:
        raw = b"" if case.body is NOT_SET else dumps(case.body)
        response: Any = fuzz_app.test_client().post(case.formatted_path, data=raw,
                                                    headers=signed_delivery(raw))
        what = raw[:300]
    else:
        headers = {**(case.headers or {}), **auth_headers(case.operation, token, admin_auth)}
        response = case.call(app=fuzz_app, headers=headers)
        what = case.as_curl_command()
    assert_no_server_error(response, what)
    case.validate_response(response, checks=[response_schema_conformance])


def _has_inputs(operation: Any) -> bool:
    raw = operation.definition.raw
    return bool(raw.get("requestBody") or raw.get("parameters"))


@pytest.mark.parametrize("operation", [op for op in OPERATIONS if _has_inputs(op)],
                         ids=operation_id)
def test_hostile_values_planted_in_valid_requests_get_a_4xx(operation, fuzz_app, token,
                                                            admin_auth):
    client = fuzz_app.test_client()
    base_headers = auth_headers(operation, token, admin_auth)
    query_names = [p["name"] for p in operation.definition.raw.get("parameters", [])
                   if p["in"] == "query"]

    @given(case=operation.as_strategy(), data=st.data())
    @settings(max_examples=15, derandomize=True, deadline=None,
              suppress_health_check=list(HealthCheck))
    def run(case: Any, data: st.DataObject) -> None:
        body = None if case.body is NOT_SET else case.body
        where, body, query, path = data.draw(planted(
            body, dict(case.query or {}), dict(case.path_parameters or {}), query_names))
        raw = dumps(body) if body is not None else None
        headers = dict(base_headers)
        if raw is not None:
            headers["Content-Type"] = "application/json"
        if operation_id(operation) == WEBHOOK_OPERATION:
            headers.update(signed_delivery(raw or b""))
        url = fill_path(operation.path, path)
        response = client.open(url, method=operation.method.upper(),
                               query_string=query_string(query), data=raw, headers=headers)
        assert_no_server_error(response, (where, url, query, (raw or b"")[:300]))

    run()


HUGE_IDS = [str(2**31), str(2**63), str(2**64), "9" * 5000]


def test_out_of_range_path_ids_are_clean_errors(app, token, admin_auth):
    """Path ids past the INTEGER columns (what the fuzzer found once) are a 404, never a 500."""
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
                    url = url.replace("{" + p["name"] + "}", value)
                r = client.open(url, method=method.upper(), json={}, headers=headers)
                assert r.status_code == 404, (method, url, r.get_data(as_text=True)[:200])
                checked += 1
    assert checked
