"""Without Zendesk credentials: the token's ticket_id claim bounds what it reads (preview mode)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import jwt
from flask import Flask
from flask.testing import FlaskClient

from tests.conftest import ADMIN, SECRET, assert_error_shape

TICKET: dict[str, Any] = {"id": 4242, "subject": "Perforce depot stopped syncing",
                          "description": "Our Perforce depot stopped syncing on 5.3.1 (helm)."}


def bearer(token: str) -> dict[str, str]:
    """An Authorization header."""
    return {"Authorization": f"Bearer {token}"}


def test_a_token_bound_to_a_ticket_reads_that_ticket_only(
    client: FlaskClient, token: Callable[..., str]
) -> None:
    """The sidebar signs the open ticket: every ticket-scoped call for another one is 403."""
    bound = bearer(token(ticket_id=4242))
    assert client.post("/api/v1/suggestions", json={"ticket": TICKET},
                       headers=bound).status_code == 200
    assert client.get("/api/v1/escalations?ticket_id=4242", headers=bound).status_code == 200
    other = {**TICKET, "id": 4243}
    calls = [
        client.post("/api/v1/suggestions", json={"ticket": other}, headers=bound),
        client.post("/api/v1/suggestions", json={"ticket": TICKET, "ticket_id": 4243},
                    headers=bound),
        client.post("/api/v1/escalations/preview", json={"ticket_id": 4243, "ticket": other},
                    headers=bound),
        client.post("/api/v1/feedback", json={"ticket": other, "team": "docs",
                                              "priority": "se/p2"}, headers=bound),
        client.get("/api/v1/escalations?ticket_id=4243", headers=bound),
    ]
    for r in calls:
        error = assert_error_shape(r, 403, "ticket_forbidden")
        assert error["details"] == {"ticket_id": 4243}


def test_without_zendesk_a_valid_token_works_on_what_the_sidebar_sent(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    """Preview mode has no Zendesk to ask: an unbound token previews the inline ticket."""
    r = client.post("/api/v1/escalations/preview", json={"ticket_id": 4242, "ticket": TICKET},
                    headers=auth)
    assert r.status_code == 200, r.get_json()


def test_the_admin_token_is_not_bound(client: FlaskClient) -> None:
    """Operators read any ticket's escalations."""
    assert client.get("/api/v1/escalations?ticket_id=4243",
                      headers=bearer(ADMIN)).status_code == 200


def test_demo_token_signs_the_ticket_claim(make_app: Callable[..., Flask]) -> None:
    """The demo's stand-in proxy passes the sidebar's ticket_id claim on, like Zendesk's."""
    client = make_app(demo_enabled=True).test_client()
    answer = client.post("/demo/token", json={"claims": {"sub": "7001", "ticket_id": 4242}})
    assert answer.status_code == 200
    token = answer.get_json()["token"]
    assert jwt.decode(token, SECRET, algorithms=["HS256"])["ticket_id"] == 4242
    r = client.get("/api/v1/escalations?ticket_id=4243", headers=bearer(token))
    assert_error_shape(r, 403, "ticket_forbidden")
    assert_error_shape(client.post("/demo/token", json={"claims": {"ticket_id": 0}}), 422)
