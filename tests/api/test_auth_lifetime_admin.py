"""Token lifetime is bounded (exp - iat, iat required); X-Admin-Token alone opens admin views."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import jwt
import pytest
from flask import Flask

from tests.conftest import ADMIN, SECRET, assert_error_shape

TICKET = {"ticket": {"subject": "helm upgrade fails", "description": "CrashLoopBackOff"}}


def _bearer(**claims: Any) -> dict[str, str]:
    return {"Authorization": f"Bearer {jwt.encode(claims, SECRET, algorithm='HS256')}"}


def _suggest(client: Any, headers: dict[str, str]) -> Any:
    return client.post("/api/v1/suggestions", json=TICKET, headers=headers)


def test_token_at_the_maximum_lifetime_passes(client: Any) -> None:
    now = int(time.time())
    assert _suggest(client, _bearer(sub="a", iat=now, exp=now + 3600)).status_code == 200


def test_token_beyond_the_maximum_lifetime_is_401(client: Any) -> None:
    now = int(time.time())
    error = assert_error_shape(_suggest(client, _bearer(sub="a", iat=now, exp=now + 3601)),
                               401, "invalid_token")
    assert "3600" in error["message"]


def test_a_year_long_token_is_401_even_when_issued_just_now(client: Any) -> None:
    now = int(time.time())
    headers = _bearer(sub="a", iat=now - 10, exp=now + 365 * 86400)
    assert_error_shape(_suggest(client, headers), 401, "invalid_token")


def test_token_without_iat_is_401(client: Any) -> None:
    headers = _bearer(sub="a", exp=int(time.time()) + 60)
    error = assert_error_shape(_suggest(client, headers), 401, "invalid_token")
    assert "iat" in error["message"]


def test_non_numeric_iat_is_401(client: Any) -> None:
    headers = _bearer(sub="a", iat="yesterday", exp=int(time.time()) + 60)
    assert_error_shape(_suggest(client, headers), 401, "invalid_token")


def test_maximum_lifetime_is_configurable(make_app: Callable[..., Flask]) -> None:
    client = make_app(jwt_max_lifetime_seconds=120).test_client()
    now = int(time.time())
    assert _suggest(client, _bearer(sub="a", iat=now, exp=now + 120)).status_code == 200
    error = assert_error_shape(_suggest(client, _bearer(sub="a", iat=now, exp=now + 300)),
                               401, "invalid_token")
    assert "120" in error["message"]


# -- admin -------------------------------------------------------------------------------------
def test_x_admin_token_alone_opens_admin_endpoints(client: Any) -> None:
    assert client.get("/metrics", headers={"X-Admin-Token": ADMIN}).status_code == 200
    versions = client.get("/api/v1/model/versions", headers={"X-Admin-Token": ADMIN})
    assert versions.status_code == 200 and versions.get_json()["versions"]


def test_wrong_x_admin_token_alone_is_403(client: Any) -> None:
    assert_error_shape(client.get("/metrics", headers={"X-Admin-Token": "nope"}), 403, "forbidden")
    assert_error_shape(client.get("/metrics", headers={"X-Admin-Token": ""}), 403, "forbidden")


def test_no_credentials_on_an_admin_endpoint_is_401(client: Any) -> None:
    assert_error_shape(client.get("/metrics"), 401, "missing_token")


def test_agent_jwt_without_admin_token_is_403(client: Any, auth: dict[str, str]) -> None:
    assert_error_shape(client.get("/metrics", headers=auth), 403, "forbidden")


def test_x_admin_token_when_no_admin_token_is_configured_is_403(
    make_app: Callable[..., Flask]
) -> None:
    client = make_app(admin_token=None).test_client()
    answer = client.get("/metrics", headers={"X-Admin-Token": ADMIN})
    assert_error_shape(answer, 403, "admin_disabled")


@pytest.mark.parametrize("blank", ["", "  "])
def test_blank_admin_token_stops_the_app(make_app: Callable[..., Flask], blank: str) -> None:
    from backend.settings import ConfigurationError

    with pytest.raises(ConfigurationError, match="ADMIN_TOKEN"):
        make_app(admin_token=blank)


def test_rfh_token_mints_only_what_the_service_accepts(make_app: Callable[..., Flask]) -> None:
    app = make_app(jwt_max_lifetime_seconds=600)
    runner = app.test_cli_runner()
    refused = runner.invoke(args=["token", "--ttl", "3600"])
    assert refused.exit_code != 0 and "JWT_MAX_LIFETIME_SECONDS (600)" in refused.output
    minted = runner.invoke(args=["token", "--ttl", "600", "--sub", "ops"])
    assert minted.exit_code == 0, minted.output
    headers = {"Authorization": f"Bearer {minted.output.strip()}"}
    assert _suggest(app.test_client(), headers).status_code == 200


def test_a_verified_token_is_refused_once_the_secret_changes(
    make_app: Callable[..., Flask],
) -> None:
    # Both apps share the worker's cache of verified tokens: the old secret's entry must not
    # let the token through an app that holds another secret.
    now = int(time.time())
    headers = _bearer(sub="a", iat=now, exp=now + 300)
    assert _suggest(make_app().test_client(), headers).status_code == 200
    other = make_app(zaf_shared_secret="another-secret-0123456789abcdef-xyz").test_client()
    assert_error_shape(_suggest(other, headers), 401, "invalid_token")


def test_a_verified_token_is_refused_once_it_expires(make_app: Callable[..., Flask]) -> None:
    client = make_app(jwt_leeway_seconds=0).test_client()
    now = int(time.time())
    headers = _bearer(sub="a", iat=now - 10, exp=now + 1)
    assert _suggest(client, headers).status_code == 200  # verified, and remembered
    time.sleep(max(0.0, now + 1 - time.time()) + 0.05)
    assert_error_shape(_suggest(client, headers), 401, "token_expired")


def test_a_verified_token_is_refused_under_a_shorter_lifetime_cap(
    make_app: Callable[..., Flask],
) -> None:
    now = int(time.time())
    headers = _bearer(sub="a", iat=now, exp=now + 300)
    assert _suggest(make_app().test_client(), headers).status_code == 200
    capped = make_app(jwt_max_lifetime_seconds=120).test_client()
    assert_error_shape(_suggest(capped, headers), 401, "invalid_token")
