"""Inputs at and past every bound get a 4xx in the error shape: numbers, path ids, dates, bodies."""

from __future__ import annotations

import hashlib
import hmac
import io
import json

import pytest

from tests.conftest import assert_error_shape

HUGE = "9" * 5000  # past Python's int-string limit (4300 digits): json.loads raised ValueError
TICKET = '{"subject": "Search is slow", "description": "Queries take 30 s."}'
WEBHOOK_SECRET = "webhook-secret-for-tests"


def post_raw(client, path: str, raw: str, headers=None):
    """POST raw JSON text (numbers json.dumps would never write)."""
    return client.post(path, data=raw, headers=headers or {}, content_type="application/json")


@pytest.mark.parametrize("path, body", [
    ("/api/v1/suggestions", '{"ticket_id": @}'),
    ("/api/v1/suggestions", '{"ticket": {"id": @, "subject": "x"}}'),
    ("/api/v1/feedback", '{"ticket": {"id": @}, "team": "cody", "priority": "se/p2"}'),
    ("/api/v1/escalations", '{"ticket_id": @}'),
    ("/api/v1/escalations/preview", '{"ticket_id": 1, "suggestion_id": @}'),
])
def test_a_number_of_thousands_of_digits_is_422(client, auth, path, body):
    r = post_raw(client, path, body.replace("@", HUGE), auth)
    assert_error_shape(r, 422, "number_too_large")


@pytest.mark.parametrize("number", [str(2**64), "1" + "0" * 39, "-" + "9" * 30])
def test_a_long_but_bounded_number_reaches_the_model_and_names_its_field(client, auth, number):
    r = post_raw(client, "/api/v1/suggestions", '{"ticket_id": @}'.replace("@", number), auth)
    error = assert_error_shape(r, 422, "validation_error")
    assert ["ticket_id"] in [d["loc"] for d in error["details"]]


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_not_json(client, auth, constant):
    r = post_raw(client, "/api/v1/suggestions", '{"ticket_id": @}'.replace("@", constant), auth)
    assert_error_shape(r, 400, "malformed_json")


def test_a_huge_float_is_refused_and_a_large_one_reaches_the_model(client, auth):
    r = post_raw(client, "/api/v1/suggestions", '{"ticket_id": 1@.5}'.replace("@", HUGE), auth)
    assert_error_shape(r, 422, "number_too_large")
    r = post_raw(client, "/api/v1/suggestions", '{"ticket_id": 1e400}', auth)
    assert_error_shape(r, 422, "validation_error")


@pytest.mark.parametrize("escalation_id", [2**31, 2**63, 2**70, int(HUGE[:4000])])
def test_a_path_id_past_the_integer_column_is_404(client, auth, escalation_id):
    r = client.patch(f"/api/v1/escalations/{escalation_id}", json={"docs_update": True},
                     headers=auth)
    assert_error_shape(r, 404, "not_found")


def test_the_largest_row_id_is_looked_up(client, auth):
    r = client.patch(f"/api/v1/escalations/{2**31 - 1}", json={"docs_update": True}, headers=auth)
    assert_error_shape(r, 404, "escalation_not_found")


def test_a_huge_token_expiry_is_422(make_app):
    client = make_app(demo_enabled=True).test_client()
    r = post_raw(client, "/demo/token", '{"expiry": @}'.replace("@", HUGE))
    assert_error_shape(r, 422, "number_too_large")
    r = client.post("/demo/token", json={"expiry": 2**70})
    assert_error_shape(r, 422, "validation_error")


# ----------------------------------------------------------------------------------- dates


@pytest.mark.parametrize("query", [
    "to=9999-12-31", "from=9999-12-31", "to=0001-01-01", "from=0001-01-01&to=0001-01-02",
    "from=1969-12-31&to=1970-01-31", "to=3000-01-01",
])
def test_stats_dates_past_the_calendar_bounds_are_422(client, auth, query):
    error = assert_error_shape(client.get(f"/api/v1/stats?{query}", headers=auth), 422)
    assert error["details"]


@pytest.mark.parametrize("query", [
    "to=1970-01-01", "from=1970-01-01&to=1970-02-01&bucket=month",
    "from=2998-01-01&to=2999-12-31&bucket=month", "from=2999-12-31&bucket=week",
])
def test_stats_dates_at_the_bounds_answer(client, auth, query):
    r = client.get(f"/api/v1/stats?{query}", headers=auth)
    assert r.status_code == 200, r.get_data(as_text=True)[:300]
    assert r.get_json()["buckets"]


def test_month_buckets_follow_the_calendar(client, auth):
    r = client.get("/api/v1/stats?from=2024-01-31&to=2024-05-02&bucket=month", headers=auth)
    assert r.status_code == 200
    starts = [b["start"] for b in r.get_json()["buckets"]]
    assert starts == ["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01", "2024-05-01"]


# --------------------------------------------------------------------------------- webhook


@pytest.fixture
def hook(make_app):
    client = make_app(github_webhook_secret=WEBHOOK_SECRET).test_client()

    def deliver(raw: str, signature: str | None = None, event: str = "issues"):
        data = raw.encode()
        if signature is None:
            signature = "sha256=" + hmac.new(WEBHOOK_SECRET.encode(), data,
                                             hashlib.sha256).hexdigest()
        return client.post("/api/v1/webhooks/github", data=data, content_type="application/json",
                           headers={"X-GitHub-Event": event, "X-Hub-Signature-256": signature})

    return deliver


def _event(**overrides) -> str:
    event = {"action": "closed", "repository": {"full_name": "acme/rfh"},
             "issue": {"number": 7, "labels": [{"name": "bug"}]}, "sender": {"login": "octo"}}
    return json.dumps({**event, **overrides})


@pytest.mark.parametrize("raw", [
    _event(repository="x"),
    _event(repository={}),
    _event(issue="x"),
    _event(issue={"number": 2**70}),
    _event(issue={"number": 0}),
    _event(issue={"number": "7"}),
    _event(issue={"number": 7, "labels": "docs-update"}),
    _event(issue={"number": 7, "labels": [{"id": 1}]}),
    _event(action=None),
    _event(sender="octo"),
    '{"action": "closed", "issue": {"number": @}}'.replace("@", HUGE),
    "[]",
    '"closed"',
])
def test_a_signed_event_of_the_wrong_shape_is_422(hook, raw):
    assert_error_shape(hook(raw), 422)


def test_a_signed_well_formed_event_with_no_linked_escalation_is_handled(hook):
    r = hook(_event())
    assert r.status_code == 200, r.get_data(as_text=True)[:300]
    assert r.get_json()["tickets"] == []


@pytest.mark.parametrize("signature", [
    "sha256=é" + "0" * 63, "sha256=" + "\udcff" * 64, "sha256=", "sha1=abc", "",
])
def test_a_non_ascii_or_malformed_signature_is_401(hook, signature):
    # Header values arrive latin-1 decoded; hmac.compare_digest raised on non-ASCII str.
    assert_error_shape(hook(_event(), signature=signature.encode("utf-8", "surrogatepass")
                            .decode("latin-1")), 401, "bad_signature")


# ------------------------------------------------------------------------------ body size


def _chunked(client, auth, body: bytes):
    # gunicorn ends a chunked stream itself and says so with wsgi.input_terminated.
    return client.post("/api/v1/suggestions", input_stream=io.BytesIO(body),
                       headers={**auth, "Transfer-Encoding": "chunked",
                                "Content-Type": "application/json"},
                       environ_overrides={"wsgi.input_terminated": True})


def test_a_chunked_body_over_the_limit_is_413(app, client, auth):
    limit = app.config["MAX_CONTENT_LENGTH"]
    padded = b'{"ticket": ' + TICKET.encode() + b"}" + b" " * limit  # valid JSON once cut
    assert_error_shape(_chunked(client, auth, padded), 413, "payload_too_large")


def test_a_chunked_body_at_the_limit_is_read_whole(app, client, auth):
    limit = app.config["MAX_CONTENT_LENGTH"]
    body = b'{"ticket": ' + TICKET.encode() + b"}"
    r = _chunked(client, auth, body + b" " * (limit - len(body)))
    assert r.status_code == 200, r.get_data(as_text=True)[:300]
    assert r.get_json()["team"]["key"]
