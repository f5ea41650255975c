"""Resolution back to the issue (Zendesk webhook) and engineers' replies to the ticket (GitHub
issue_comment), end to end against the GitHub and Zendesk fakes' own signed deliveries."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from backend.db import db
from backend.learning.worker import post_resolutions
from backend.models import ResolutionPost
from backend.settings import Settings
from tests.conftest import assert_error_shape, wait_until
from tests.fakes.github import DEFAULT_REPO, GitHubFake
from tests.fakes.webhooks import Delivery
from tests.fakes.zendesk import ZendeskFake
from tests.fakes.zendesk_webhooks import signature
from tests.integration.test_escalation import PUBLIC_REPO, escalate, seed_ticket, settings_for

GH_SECRET = "gh-webhook-secret-0123456789"
ZD_SECRET = "zd-webhook-secret-0123456789"
ENGINEER_TOKEN = "ghp_engineer_token"
ANSWER = ("Thanks for your patience! Raising the frontend memory limit to 4 GiB fixed the "
          "crash loop; see https://docs.sourcegraph.com/admin/deploy/kubernetes/configure for "
          "the setting.")
Fakes = tuple[GitHubFake, ZendeskFake]


def post_delivery(client: FlaskClient, path: str) -> Callable[[Delivery], int]:
    """A webhook target that hands a fake's delivery to the app under test."""
    def send(delivery: Delivery) -> int:
        return client.post(path, data=delivery.body, headers=delivery.headers).status_code
    return send


@pytest.fixture
def wired(make_app: Callable[..., Flask], github_fake: GitHubFake,
          zendesk_fake: ZendeskFake) -> tuple[FlaskClient, GitHubFake, ZendeskFake, Flask]:
    """The app on both fakes, with both webhooks pointed at it."""
    github_fake.add_repo(PUBLIC_REPO, labels=["bug"])
    github_fake.set_repo(DEFAULT_REPO, private=True)  # the customer tracker, as in production
    github_fake.add_token(ENGINEER_TOKEN, login="eng-erin", push=True)
    app = make_app(**settings_for(github_fake, zendesk_fake, github_webhook_secret=GH_SECRET,
                                  zendesk_webhook_secret=ZD_SECRET))
    client = app.test_client()
    github_fake.add_webhook(post_delivery(client, "/api/v1/webhooks/github"), GH_SECRET)
    zendesk_fake.add_webhook(post_delivery(client, "/api/v1/webhooks/zendesk"), ZD_SECRET)
    return client, github_fake, zendesk_fake, app


def escalated(client: FlaskClient, auth: dict[str, str], zendesk: ZendeskFake) -> tuple[int,
                                                                                         dict]:
    """A ticket escalated as an RFH, with an agent's public answer on it."""
    tid = seed_ticket(zendesk)
    answer = escalate(client, auth, ticket_id=tid)
    assert answer.status_code == 201, answer.get_json()
    agent = zendesk.add_agent("sam@support.test", "sam-token", name="Sam Support")
    zendesk.add_comment(tid, "Internal: customer is on the 2.4M renewal", public=False,
                        author_id=agent)
    zendesk.add_comment(tid, ANSWER, public=True, author_id=agent)
    return tid, answer.get_json()["issue"]


def zendesk_post(client: FlaskClient, body: dict[str, Any], *, secret: str = ZD_SECRET,
                 stamp: str | None = None) -> Any:
    """POST a delivery signed as Zendesk signs."""
    raw = json.dumps(body).encode()
    stamp = stamp or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return client.post("/api/v1/webhooks/zendesk", data=raw, headers={
        "Content-Type": "application/json", "X-Zendesk-Webhook-Signature-Timestamp": stamp,
        "X-Zendesk-Webhook-Signature": signature(secret, stamp, raw)})


def resolution_comments(github: GitHubFake, number: int) -> list[dict]:
    return [c for c in github.issue_comments(DEFAULT_REPO, number)
            if "**Resolution**" in c["body"]]


# ------------------------------------------------------------- Zendesk: resolution to issue


def test_unsigned_wrongly_signed_stale_and_replayed_deliveries_are_refused(
    wired: Any, auth: dict[str, str]
) -> None:
    client, github, zendesk, _ = wired
    tid, issue = escalated(client, auth, zendesk)
    body = {"ticket_id": tid, "status": "solved"}

    unsigned = client.post("/api/v1/webhooks/zendesk", json=body)
    wrong = zendesk_post(client, body, secret="not-the-secret")
    old = (datetime.now(UTC) - timedelta(minutes=30)).strftime("%Y-%m-%dT%H:%M:%SZ")
    stale = zendesk_post(client, body, stamp=old)

    assert_error_shape(unsigned, 401, "bad_signature")
    assert_error_shape(wrong, 401, "bad_signature")
    assert_error_shape(stale, 401, "stale_signature")
    assert resolution_comments(github, issue["number"]) == []
    # A captured good delivery sent again byte for byte is a replay.
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert zendesk_post(client, body, stamp=stamp).status_code == 200
    assert_error_shape(zendesk_post(client, body, stamp=stamp), 403, "replayed_delivery")


def test_solved_ticket_leaves_one_resolution_comment_even_when_delivered_twice(
    wired: Any, auth: dict[str, str]
) -> None:
    client, github, zendesk, _ = wired
    tid, issue = escalated(client, auth, zendesk)

    zendesk.solve(tid)
    [delivery] = zendesk.send_deliveries()
    time.sleep(1.05)  # the signature timestamp has whole seconds: a retry is signed later
    again = zendesk.resend(delivery)  # Zendesk's retry: signed anew, same body

    assert delivery.statuses == [200, 200] and again == 200
    [comment] = resolution_comments(github, issue["number"])
    assert f"/agent/tickets/{tid}" in comment["body"]
    assert "Raising the frontend memory limit to 4 GiB" in comment["body"]
    assert "2.4M renewal" not in comment["body"]  # private notes are never the resolution
    assert github.issue(DEFAULT_REPO, issue["number"])["state"] == "open"  # never closed


def test_a_public_issue_gets_the_answer_redacted(
    wired: Any, auth: dict[str, str]
) -> None:
    client, github, zendesk, _ = wired
    tid = seed_ticket(zendesk)
    filed = escalate(client, auth, ticket_id=tid, kind="defect")
    assert filed.status_code == 201, filed.get_json()
    number = filed.get_json()["issue"]["number"]
    agent = zendesk.add_agent("sam@support.test", "sam-token", name="Sam Support")
    zendesk.add_comment(tid, "Ruth, Globex Corporation should upgrade to 5.2.4 to fix it.",
                        author_id=agent)

    zendesk.solve(tid)
    zendesk.send_deliveries()

    [comment] = [c for c in github.issue_comments(PUBLIC_REPO, number)
                 if "**Resolution**" in c["body"]]
    assert "upgrade to 5.2.4" in comment["body"]
    assert "Globex" not in comment["body"] and "Ruth" not in comment["body"]
    # Neither the ticket's link nor its number: the public defect never carries them either.
    assert "zendesk" not in comment["body"].lower() and f"#{tid}" not in comment["body"]


def test_slow_github_leaves_the_comment_to_the_worker(
    wired: Any, auth: dict[str, str]
) -> None:
    client, github, zendesk, app = wired
    tid, issue = escalated(client, auth, zendesk)
    github.inject("POST", f"/repos/{DEFAULT_REPO}/issues/*/comments", status=502, times=1)

    zendesk.solve(tid)
    [delivery] = zendesk.send_deliveries()

    assert delivery.statuses == [200]
    assert resolution_comments(github, issue["number"]) == []
    with db.transaction() as session:
        [post] = session.query(ResolutionPost).all()
        assert post.state == "pending" and post.attempts == 1
        post.next_attempt_at = datetime.now(UTC) - timedelta(seconds=1)  # its wait is over
    settings: Settings = app.config["SETTINGS"]
    with app.app_context():
        assert post_resolutions(settings) == {"posted": 1}
        assert post_resolutions(settings) == {}  # nothing left: never twice
    assert len(resolution_comments(github, issue["number"])) == 1


# ------------------------------------------------------- GitHub: engineers' replies to ticket


def engineer_comments(github: GitHubFake, number: int, body: str) -> None:
    """An engineer comments on the issue through the API (GitHub then delivers the event)."""
    import requests

    answer = requests.post(f"{github.api_url}/repos/{DEFAULT_REPO}/issues/{number}/comments",
                           json={"body": body}, timeout=5,
                           headers={"Authorization": f"token {ENGINEER_TOKEN}"})
    assert answer.status_code == 201, answer.text


def test_an_engineers_comment_becomes_one_private_note_even_when_redelivered(
    wired: Any, auth: dict[str, str]
) -> None:
    client, github, zendesk, _ = wired
    tid, issue = escalated(client, auth, zendesk)
    before = len(zendesk.ticket_comments(tid))

    engineer_comments(github, issue["number"], "Found it: the chart sets a 1 GiB limit.")
    [delivery] = github.send_deliveries()
    assert github.redeliver(delivery.id) == 200

    added = zendesk.ticket_comments(tid)[before:]
    assert [c["public"] for c in added] == [False]
    note = added[0]["body"]
    assert "eng-erin" in note and "Found it: the chart sets a 1 GiB limit." in note
    assert "#issuecomment-" in note
    assert delivery.statuses == [200, 200]


def test_the_services_own_comments_and_edits_leave_no_note(
    wired: Any, auth: dict[str, str]
) -> None:
    client, github, zendesk, _ = wired
    tid, issue = escalated(client, auth, zendesk)
    zendesk.solve(tid)
    zendesk.send_deliveries()  # the service comments the resolution on the issue
    before = len(zendesk.ticket_comments(tid))

    deliveries = github.send_deliveries()  # GitHub tells the service about its own comment

    assert [d.event for d in deliveries] == ["issue_comment"]
    assert deliveries[0].statuses == [200]
    assert len(zendesk.ticket_comments(tid)) == before
    edited = json.loads(deliveries[0].body)
    edited.update(action="edited", sender={"login": "eng-erin"})
    edited["comment"]["user"] = {"login": "eng-erin"}
    edited["comment"]["body"] = "edited text"
    raw = json.dumps(edited).encode()
    import hashlib
    import hmac

    sig = "sha256=" + hmac.new(GH_SECRET.encode(), raw, hashlib.sha256).hexdigest()
    answer = client.post("/api/v1/webhooks/github", data=raw, headers={
        "X-GitHub-Event": "issue_comment", "X-Hub-Signature-256": sig,
        "Content-Type": "application/json"})
    assert answer.status_code == 200 and answer.get_json()["handled"] is False
    assert len(zendesk.ticket_comments(tid)) == before


def test_wrongly_signed_issue_comment_is_refused(wired: Any, auth: dict[str, str]) -> None:
    client, github, zendesk, _ = wired
    answer = client.post("/api/v1/webhooks/github", json={"action": "created"}, headers={
        "X-GitHub-Event": "issue_comment", "X-Hub-Signature-256": "sha256=00"})
    assert_error_shape(answer, 401, "bad_signature")


def test_a_comment_note_whose_answer_was_lost_is_not_added_again_on_redelivery(
    wired: Any, auth: dict[str, str]
) -> None:
    client, github, zendesk, _ = wired
    tid, issue = escalated(client, auth, zendesk)
    before = len(zendesk.ticket_comments(tid))
    # Zendesk writes the note after our client stopped waiting (3 s): no answer, but a note.
    zendesk.delay("PUT", f"/api/v2/tickets/{tid}.json", 4)

    engineer_comments(github, issue["number"], "Found it: the chart sets a 1 GiB limit.")
    [delivery] = github.send_deliveries()
    wait_until(lambda: len(zendesk.ticket_comments(tid)) > before)
    assert delivery.statuses[0] != 200  # the failure was reported, so GitHub redelivers

    assert github.redeliver(delivery.id) == 200

    added = zendesk.ticket_comments(tid)[before:]
    assert len(added) == 1 and "Found it" in added[0]["body"]
    assert zendesk.count("PUT", f"/api/v2/tickets/{tid}.json") == 2  # the link, the one note
