"""Per-agent limits on feedback and escalations: in memory, on the real Redis, with Redis down."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

import pytest
import redis
from flask import Flask

from backend.api.limits import RateLimits
from tests.conftest import assert_error_shape

TICKET = {"id": 4242, "subject": "Cody autocomplete stopped working in IntelliJ",
          "description": "Since the plugin update Cody completions never show up."}
FEEDBACK = {"ticket": TICKET, "team": "cody", "priority": "se/p2"}
ESCALATION = {"ticket_id": 7, "team": "code-search",
              "ticket": {"subject": "Batch changes stuck", "description": "Version 5.1.0.",
                         "organization": {"name": "Umbrella Corp"}, "requester": "Alice Wong"}}


def _as(token: Callable[..., str], sub: str, **claims: Any) -> dict[str, str]:
    return {"Authorization": f"Bearer {token(sub=sub, **claims)}"}


_TICKET_IDS = itertools.count(5000)


def _feedback(client: Any, headers: dict[str, str]) -> Any:
    # A ticket of its own each time: the same choice sent again is a repeat, answered as such.
    ticket = {**TICKET, "id": next(_TICKET_IDS)}
    return client.post("/api/v1/feedback", json={**FEEDBACK, "ticket": ticket}, headers=headers)


def _assert_limited(answer: Any, window: int = 60) -> dict[str, Any]:
    error = assert_error_shape(answer, 429, "rate_limited")
    assert 1 <= int(answer.headers["Retry-After"]) <= window
    return error


def _check_feedback_limit(app: Flask, token: Callable[..., str]) -> None:
    """3/minute: the 4th call of one agent is refused, another agent is not held back."""
    client = app.test_client()
    ada = _as(token, "agent-ada")
    assert [_feedback(client, ada).status_code for _ in range(3)] == [201, 201, 201]
    error = _assert_limited(_feedback(client, ada))
    assert "3/minute" in error["message"] and error["details"]["limit"] == "3 per 1 minute"
    assert _feedback(client, _as(token, "agent-bob")).status_code == 201
    # A fresh token of the same agent counts against the same limit.
    _assert_limited(_feedback(client, _as(token, "agent-ada", name="Ada again")))


# -- memory storage (no REDIS_URL) -------------------------------------------------------------
def test_feedback_limit_in_memory(
    make_app: Callable[..., Flask], token: Callable[..., str]
) -> None:
    app = make_app(rate_limit_feedback="3/minute")
    assert app.extensions["rate_limits"].storage_uri == "memory://"
    _check_feedback_limit(app, token)


def test_escalation_limit_in_memory(
    make_app: Callable[..., Flask], token: Callable[..., str]
) -> None:
    client = make_app(rate_limit_escalations="2/minute").test_client()
    ada = _as(token, "agent-ada")
    codes = [client.post("/api/v1/escalations", json=ESCALATION, headers=ada).status_code
             for _ in range(2)]
    assert codes == [200, 200]  # preview mode: nothing filed, still counted
    _assert_limited(client.post("/api/v1/escalations", json=ESCALATION, headers=ada))
    # Feedback has a limit of its own: escalating does not use it up.
    assert _feedback(client, ada).status_code == 201


def test_unauthenticated_callers_are_counted_by_address(
    make_app: Callable[..., Flask]
) -> None:
    client = make_app(rate_limit_feedback="2/minute").test_client()
    bad = {"Authorization": "Bearer not-a-token"}
    assert [_feedback(client, bad).status_code for _ in range(2)] == [401, 401]
    _assert_limited(_feedback(client, bad))
    other = client.post("/api/v1/feedback", json=FEEDBACK, headers=bad,
                        environ_base={"REMOTE_ADDR": "192.0.2.7"})
    assert other.status_code == 401


def test_limit_logs_never_name_the_agent(
    make_app: Callable[..., Flask], token: Callable[..., str], caplog: pytest.LogCaptureFixture
) -> None:
    client = make_app(rate_limit_feedback="1/minute").test_client()
    ruth = _as(token, "ruth@globex.example", email="ruth@globex.example")
    caplog.set_level(logging.DEBUG)
    assert _feedback(client, ruth).status_code == 201
    _assert_limited(_feedback(client, ruth))
    assert "ratelimit" in caplog.text  # flask-limiter did log the breach...
    assert "ruth@globex.example" not in caplog.text  # ...under a hashed key


def test_other_endpoints_are_not_limited(
    make_app: Callable[..., Flask], auth: dict[str, str]
) -> None:
    client = make_app(rate_limit_feedback="1/minute", rate_limit_escalations="1/minute")
    answers = [client.test_client().post("/api/v1/suggestions", json={"ticket": TICKET},
                                         headers=auth).status_code for _ in range(5)]
    assert answers == [200] * 5


def test_no_app_wide_hook_without_app_wide_limits(make_app: Callable[..., Flask]) -> None:
    app = make_app(rate_limit_feedback="3/minute")
    limiter = app.extensions["rate_limits"].limiter
    assert limiter._check_request_limit not in app.before_request_funcs.get(None, [])
    # No rate-limit headers either: none of flask-limiter's per-request hooks is left.
    hooks = [*app.after_request_funcs.get(None, []), *app.teardown_request_funcs.get(None, [])]
    assert not [hook for hook in hooks if "limiter" in repr(hook).lower()]


def test_app_wide_hook_kept_for_a_default_limit(make_app: Callable[..., Flask]) -> None:
    """A default limit (flask-limiter's RATELIMIT_DEFAULT) still counts every request."""
    app = Flask(__name__)
    app.config["SETTINGS"] = make_app().config["SETTINGS"]
    app.config["RATELIMIT_DEFAULT"] = "2/minute"
    limits = RateLimits(app)
    app.add_url_rule("/ping", "ping", lambda: "pong")
    assert limits.limiter._check_request_limit in app.before_request_funcs[None]
    assert len(app.after_request_funcs[None]) == len(app.teardown_request_funcs[None]) == 1
    client = app.test_client()
    assert [client.get("/ping").status_code for _ in range(3)] == [200, 200, 429]


# -- the real Redis ----------------------------------------------------------------------------
def test_feedback_limit_on_redis(
    make_app: Callable[..., Flask], token: Callable[..., str], redis_limits: dict[str, str]
) -> None:
    app = make_app(rate_limit_feedback="3/minute", **redis_limits)
    assert app.extensions["rate_limits"].storage_uri == redis_limits["redis_url"]
    _check_feedback_limit(app, token)
    keys = redis.Redis.from_url(redis_limits["redis_url"]).keys(
        f"*{redis_limits['rate_limit_key_prefix']}*")
    assert keys and not any(b"agent-ada" in key for key in keys)  # counted there, hashed


def test_two_instances_share_one_count_on_redis(
    make_app: Callable[..., Flask], token: Callable[..., str], redis_limits: dict[str, str]
) -> None:
    first = make_app(rate_limit_escalations="3/minute", **redis_limits).test_client()
    second = make_app(rate_limit_escalations="3/minute", **redis_limits).test_client()
    ada = _as(token, "agent-ada")
    for client in (first, second, first):
        assert client.post("/api/v1/escalations", json=ESCALATION, headers=ada).status_code == 200
    _assert_limited(second.post("/api/v1/escalations", json=ESCALATION, headers=ada))


# -- Redis down: never a 500, the limit still holds (per process) ------------------------------
def test_redis_down_falls_back_to_memory(
    make_app: Callable[..., Flask], token: Callable[..., str], caplog: pytest.LogCaptureFixture
) -> None:
    # Port 1 on loopback: nothing listens, connections are refused at once.
    app = make_app(rate_limit_feedback="3/minute", redis_url="redis://:Hunter2-pw@127.0.0.1:1/0")
    caplog.set_level(logging.INFO)
    _check_feedback_limit(app, token)
    assert "falling back to in-memory storage" in caplog.text
    assert "Hunter2-pw" not in caplog.text
