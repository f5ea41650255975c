"""GitHub and Zendesk stop answering: the service gives up within its bound and says so (503)."""

from __future__ import annotations

import time

from tests.conftest import assert_error_shape
from tests.fakes import github as gh_mod
from tests.fakes import zendesk as zd_mod

HANG = 30.0  # how long the fake sits on a request: far beyond any bound the service may use


def zendesk_settings(fake):
    return {"zendesk_subdomain": fake.subdomain, "zendesk_email": zd_mod.DEFAULT_EMAIL,
            "zendesk_api_token": zd_mod.DEFAULT_TOKEN, "outbound_timeout_seconds": 1.0,
            "outbound_max_wait_seconds": 1.0}


def github_settings(fake):
    return {"github_token": gh_mod.DEFAULT_TOKEN, "github_api_url": fake.url,
            "rfh_repo": gh_mod.DEFAULT_REPO, "public_repo": gh_mod.DEFAULT_REPO,
            "outbound_timeout_seconds": 1.0, "outbound_max_wait_seconds": 1.0,
            "escalation_wait_seconds": 1.0}


def test_zendesk_timeout_is_a_bounded_503(make_app, auth, zendesk_fake):
    tid = zendesk_fake.add_ticket("Cody is slow", "Completions take a minute.")
    zendesk_fake.delay("GET", f"/api/v2/tickets/{tid}.json", HANG, times=None)
    client = make_app(**zendesk_settings(zendesk_fake)).test_client()
    started = time.monotonic()
    r = client.post("/api/v1/suggestions", json={"ticket_id": tid}, headers=auth)
    waited = time.monotonic() - started
    error = assert_error_shape(r, 503)
    assert error["code"].startswith("zendesk_")
    assert int(r.headers["Retry-After"]) >= 1
    assert waited < HANG / 2  # it gave up: it did not sit out the hang


def test_github_timeout_is_a_bounded_503(make_app, auth, github_fake):
    github_fake.delay("POST", "/repos/*/issues", HANG, times=None)
    client = make_app(**github_settings(github_fake)).test_client()
    body = {"ticket_id": 77, "ticket": {"subject": "Batch changes stuck",
                                        "description": "Processing for two days."}}
    started = time.monotonic()
    r = client.post("/api/v1/escalations", json=body, headers=auth)
    waited = time.monotonic() - started
    error = assert_error_shape(r, 503)
    assert "github" in (error["code"] + error["message"]).lower()
    assert waited < HANG / 2
