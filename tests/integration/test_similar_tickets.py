"""Seen before: POST /api/v1/suggestions lists past escalations and solved tickets like this one,
with their issue and how they ended (against the GitHub and Zendesk fakes)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from backend.db import db
from backend.learning.similar import remember_case
from backend.tickets import Ticket
from tests.fakes.github import GitHubFake
from tests.fakes.zendesk import ZendeskFake
from tests.integration.test_escalation import DESCRIPTION, escalate, seed_ticket, settings_for
from tests.integration.test_workflow_webhooks import ANSWER, ZD_SECRET, post_delivery

LOOK_ALIKE = {
    "subject": "sourcegraph-frontend pods keep crash-looping since our helm upgrade",
    "description": "Hi, after a helm upgrade of the chart on our Kubernetes cluster the "
                   "sourcegraph-frontend pods crash-loop. Restarting the pods and rolling back "
                   "the chart did not help. Self-hosted 5.2.3.",
}
UNRELATED = {
    "subject": "Invoice shows the wrong billing address",
    "description": "Our latest invoice lists our old office as billing address. Can you send "
                   "a corrected invoice for the finance team?",
}


def suggest(client: FlaskClient, auth: dict[str, str], ticket: dict[str, Any]) -> list[dict]:
    answer = client.post("/api/v1/suggestions", json={"ticket": ticket}, headers=auth)
    assert answer.status_code == 200, answer.get_json()
    similar: list[dict] = answer.get_json()["similar"]
    return similar


def live(make_app: Callable[..., Flask], github: GitHubFake, zendesk: ZendeskFake) -> Flask:
    return make_app(**settings_for(github, zendesk, model_poll_seconds=0.05,
                                   zendesk_webhook_secret=ZD_SECRET))


def test_a_look_alike_of_an_escalated_ticket_lists_it_and_an_unrelated_one_does_not(
    make_app: Callable[..., Flask], github_fake: GitHubFake, zendesk_fake: ZendeskFake,
    auth: dict[str, str],
) -> None:
    client = live(make_app, github_fake, zendesk_fake).test_client()
    assert suggest(client, auth, LOOK_ALIKE) == []  # nothing seen before yet
    tid = seed_ticket(zendesk_fake)
    issue = escalate(client, auth, ticket_id=tid).get_json()["issue"]

    [seen] = suggest(client, auth, LOOK_ALIKE)
    unrelated = suggest(client, auth, UNRELATED)

    assert seen["ticket_id"] == tid
    assert seen["subject"] == "Frontend pods crash-loop after upgrade"
    assert seen["issue"] == {"url": issue["url"], "number": issue["number"], "state": "open",
                             "kind": "rfh"}
    assert seen["resolution"] is None and seen["docs_update"] is False
    assert 0.35 <= seen["score"] <= 1.0
    assert unrelated == []


def test_solved_and_imported_tickets_say_how_they_ended(
    make_app: Callable[..., Flask], github_fake: GitHubFake, zendesk_fake: ZendeskFake,
    auth: dict[str, str],
) -> None:
    app = live(make_app, github_fake, zendesk_fake)
    client = app.test_client()
    zendesk_fake.add_webhook(post_delivery(client, "/api/v1/webhooks/zendesk"), ZD_SECRET)
    tid = seed_ticket(zendesk_fake)
    escalate(client, auth, ticket_id=tid)
    agent = zendesk_fake.add_agent("sam@support.test", "sam-token", name="Sam Support")
    zendesk_fake.add_comment(tid, ANSWER, author_id=agent)
    zendesk_fake.solve(tid)
    zendesk_fake.send_deliveries()
    with app.app_context(), db.transaction() as session:  # an imported solved look-alike
        remember_case(session, Ticket(
            id=4242, subject="Frontend pods crash loop after a helm chart upgrade",
            description=DESCRIPTION.replace("5.2.3", "5.1.0")), team="release",
            priority="se/p2", source="import")

    seen = {s["ticket_id"]: s for s in suggest(client, auth, LOOK_ALIKE)}

    assert set(seen) == {tid, 4242}
    assert seen[tid]["resolution"]["status"] == "solved"
    assert "memory limit to 4 GiB" in seen[tid]["resolution"]["text"]
    assert seen[tid]["resolution"]["docs_url"].startswith("https://docs.sourcegraph.com/admin/")
    assert seen[tid]["docs_update"] is True
    assert seen[4242]["issue"] is None and seen[4242]["team"] == "release"
    assert seen[4242]["resolution"] == {"status": "solved", "text": None, "docs_url": None}
    assert list(seen) == sorted(seen, key=lambda t: -seen[t]["score"])  # closest first
