"""Every /api/v1 endpoint requires the ZAF JWT; admin endpoints require the admin token."""

from __future__ import annotations

import time

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.conftest import ADMIN, SECRET, assert_error_shape

TICKET = {
    "ticket": {"subject": "helm upgrade fails", "description": "kubectl shows CrashLoopBackOff"}
}


def _post(client, headers):
    return client.post("/api/v1/suggestions", json=TICKET, headers=headers)


def _claims(**extra):
    now = int(time.time())
    return {"iat": now, "exp": now + 60, "sub": "agent", **extra}


def test_valid_token_passes(client, auth):
    assert _post(client, auth).status_code == 200


def test_missing_token_is_401(client):
    assert_error_shape(_post(client, {}), 401, "missing_token")


def test_non_bearer_scheme_is_401(client):
    assert_error_shape(_post(client, {"Authorization": "Basic abc"}), 401, "missing_token")


def test_expired_token_is_401(client):
    token = jwt.encode(_claims(exp=int(time.time()) - 3600), SECRET, algorithm="HS256")
    assert_error_shape(_post(client, {"Authorization": f"Bearer {token}"}), 401, "token_expired")


def test_token_without_exp_is_401(client):
    token = jwt.encode({"sub": "agent"}, SECRET, algorithm="HS256")
    assert_error_shape(_post(client, {"Authorization": f"Bearer {token}"}), 401, "invalid_token")


def test_wrong_secret_is_401(client):
    token = jwt.encode(_claims(), "not-the-secret-0123456789abcdef-xx", algorithm="HS256")
    assert_error_shape(_post(client, {"Authorization": f"Bearer {token}"}), 401, "invalid_token")


def test_alg_none_is_401(client):
    token = jwt.encode(_claims(), None, algorithm="none")
    assert_error_shape(_post(client, {"Authorization": f"Bearer {token}"}), 401, "invalid_token")


def test_hs512_is_401(client):
    token = jwt.encode(_claims(), SECRET, algorithm="HS512")
    assert_error_shape(_post(client, {"Authorization": f"Bearer {token}"}), 401, "invalid_token")


def test_rs256_is_401(client):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    token = jwt.encode(_claims(), key, algorithm="RS256")
    assert_error_shape(_post(client, {"Authorization": f"Bearer {token}"}), 401, "invalid_token")


def test_small_clock_skew_is_tolerated(client):
    token = jwt.encode(_claims(exp=int(time.time()) - 5), SECRET, algorithm="HS256")
    assert _post(client, {"Authorization": f"Bearer {token}"}).status_code == 200


@pytest.fixture
def aud_client(make_app):
    return make_app(zaf_audience="https://rfh.example.com").test_client()


def test_right_audience_passes(aud_client):
    token = jwt.encode(_claims(aud="https://rfh.example.com"), SECRET, algorithm="HS256")
    assert _post(aud_client, {"Authorization": f"Bearer {token}"}).status_code == 200


def test_wrong_audience_is_401(aud_client):
    token = jwt.encode(_claims(aud="https://evil.example.com"), SECRET, algorithm="HS256")
    assert_error_shape(
        _post(aud_client, {"Authorization": f"Bearer {token}"}), 401, "invalid_token"
    )


def test_missing_audience_is_401_when_configured(aud_client):
    token = jwt.encode(_claims(), SECRET, algorithm="HS256")
    assert_error_shape(
        _post(aud_client, {"Authorization": f"Bearer {token}"}), 401, "invalid_token"
    )


def test_metrics_needs_admin_token(client, auth):
    assert_error_shape(client.get("/metrics"), 401)
    assert_error_shape(client.get("/metrics", headers=auth), 403, "forbidden")
    assert client.get("/metrics", headers={"Authorization": f"Bearer {ADMIN}"}).status_code == 200
    both = {**auth, "X-Admin-Token": ADMIN}
    assert client.get("/metrics", headers=both).status_code == 200


def test_wrong_admin_token_is_refused(client, auth):
    assert_error_shape(client.get("/metrics", headers={**auth, "X-Admin-Token": "nope"}), 403)


def test_admin_token_works_as_agent_bearer(client):
    assert _post(client, {"Authorization": f"Bearer {ADMIN}"}).status_code == 200
