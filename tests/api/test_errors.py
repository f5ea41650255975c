"""Bad input gets the right status and the one JSON error shape, never a 500 or an HTML page."""

from __future__ import annotations

from tests.conftest import assert_error_shape


def test_malformed_json_is_400(client, auth):
    r = client.post(
        "/api/v1/suggestions", data=b'{"ticket": ', headers=auth, content_type="application/json"
    )
    assert_error_shape(r, 400, "malformed_json")


def test_empty_body_is_400(client, auth):
    r = client.post("/api/v1/suggestions", data=b"", headers=auth, content_type="application/json")
    assert_error_shape(r, 400, "malformed_json")


def test_wrong_type_is_422_with_field_path(client, auth):
    r = client.post("/api/v1/suggestions", json={"ticket": {"subject": 42}}, headers=auth)
    error = assert_error_shape(r, 422, "validation_error")
    assert ["ticket", "subject"] in [d["loc"] for d in error["details"]]


def test_missing_field_is_422(client, auth):
    error = assert_error_shape(client.post("/api/v1/suggestions", json={}, headers=auth), 422)
    assert error["details"]


def test_unknown_field_is_422(client, auth):
    r = client.post("/api/v1/suggestions", json={"ticket": {"subjct": "typo"}}, headers=auth)
    error = assert_error_shape(r, 422)
    assert ["ticket", "subjct"] in [d["loc"] for d in error["details"]]


def test_array_body_is_422(client, auth):
    assert_error_shape(client.post("/api/v1/suggestions", json=[1, 2], headers=auth), 422)


def test_two_mib_body_is_413(client, auth):
    big = b'{"ticket": {"description": "' + b"x" * (2 * 1024 * 1024) + b'"}}'
    r = client.post("/api/v1/suggestions", data=big, headers=auth, content_type="application/json")
    error = assert_error_shape(r, 413, "payload_too_large")
    # The client learns the limit, not only that it is over one.
    limit = client.application.config["MAX_CONTENT_LENGTH"]
    assert error["details"] == {"limit_bytes": limit} and f"{limit:,} bytes" in error["message"]


def test_one_mb_description_fits(client, auth):
    ticket = {"ticket": {"subject": "logs", "description": "gitserver error\n" * 65_000}}
    r = client.post("/api/v1/suggestions", json=ticket, headers=auth)
    assert r.status_code == 200, r.get_data(as_text=True)[:300]


def test_wrong_method_is_405(client, auth):
    r = client.get("/api/v1/suggestions", headers=auth)
    assert_error_shape(r, 405, "method_not_allowed")
    assert "POST" in r.headers["Allow"]


def test_unknown_route_is_404(client):
    assert_error_shape(client.get("/api/v1/nope"), 404, "not_found")


def test_nul_bytes_and_lone_surrogates_are_accepted(client, auth):
    body = '{"ticket": {"subject": "a\\u0000b \\ud800", "description": "gitserver \\udfff clone"}}'
    r = client.post("/api/v1/suggestions", data=body, headers=auth, content_type="application/json")
    assert r.status_code == 200, r.get_data(as_text=True)[:300]


def test_unexpected_errors_hide_the_traceback(app, auth):
    @app.get("/boom")
    def boom():
        raise RuntimeError("secret internals")

    r = app.test_client().get("/boom")
    error = assert_error_shape(r, 500, "internal_error")
    assert "secret internals" not in r.get_data(as_text=True)
    assert "Traceback" not in error["message"]
