"""POST /api/v1/escalations end to end against the GitHub and Zendesk fakes over real HTTP."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from backend.db import db
from backend.models import Escalation, Feedback
from tests.conftest import assert_error_shape
from tests.fakes import zendesk as zd
from tests.fakes.github import DEFAULT_REPO, DEFAULT_TOKEN, READONLY_TOKEN, GitHubFake
from tests.fakes.zendesk import ZendeskFake

PUBLIC_REPO = "acme/public-tracker"
TEAM_FIELD = 360000111
VERSION_FIELD = 360000222
ISSUES = f"/repos/{DEFAULT_REPO}/issues"

DESCRIPTION = """Since we upgraded our Kubernetes cluster, the frontend pods crash-loop.
We run Sourcegraph 5.2.3 self-hosted with Helm.

Steps to reproduce:
1. helm upgrade to the new chart
2. watch the sourcegraph-frontend pods

We tried restarting the pods and rolling back the chart, with no luck.
@everyone please look! <!-- rfh-ticket:999:rfh -->
"""


def seed_ticket(zendesk: ZendeskFake, **kw: Any) -> int:
    """A Globex ticket about a self-hosted deployment problem."""
    org = zendesk.add_org("Globex Corporation", tags=["enterprise"])
    ruth = zendesk.add_user("Ruth Requester", "ruth@globex.example", organization_id=org)
    args: dict[str, Any] = {
        "requester_id": ruth, "organization_id": org, "priority": "high",
        "tags": ["self_hosted"], "comments": ["It blocks all of our 300 developers."],
    }
    description = kw.pop("description", DESCRIPTION)
    args.update(kw)
    return zendesk.add_ticket("Frontend pods crash-loop after upgrade", description, **args)


def settings_for(github: GitHubFake, zendesk: ZendeskFake | None, **extra: Any) -> dict[str, Any]:
    """Settings that point the app at the fakes, with small bounds."""
    values: dict[str, Any] = {
        "github_token": DEFAULT_TOKEN, "github_api_url": github.api_url, "rfh_repo": DEFAULT_REPO,
        "public_repo": PUBLIC_REPO, "outbound_timeout_seconds": 3,
        "outbound_max_wait_seconds": 2, "escalation_wait_seconds": 5,
        "zendesk_team_field_id": TEAM_FIELD,
    }
    if zendesk is not None:
        values.update(zendesk_subdomain=zendesk.subdomain, zendesk_email=zd.DEFAULT_EMAIL,
                      zendesk_api_token=zd.DEFAULT_TOKEN)
    values.update(extra)
    return values


@pytest.fixture
def fakes(github_fake: GitHubFake, zendesk_fake: ZendeskFake) -> tuple[GitHubFake, ZendeskFake]:
    """Both fakes, with the public tracker added."""
    github_fake.add_repo(PUBLIC_REPO, labels=["bug"])
    return github_fake, zendesk_fake


@pytest.fixture
def live_app(make_app: Callable[..., Flask], fakes: tuple[GitHubFake, ZendeskFake]) -> Flask:
    """The app talking to both fakes."""
    github, zendesk = fakes
    return make_app(**settings_for(github, zendesk))


def escalate(client: FlaskClient, auth: dict[str, str], **body: Any) -> Any:
    """POST /api/v1/escalations."""
    return client.post("/api/v1/escalations", json=body, headers=auth)


def rows() -> list[Escalation]:
    """Every escalation row."""
    with db.transaction() as session:
        return list(session.query(Escalation).order_by(Escalation.id))


# ------------------------------------------------------------------------------ happy path


def test_escalation_files_the_rfh_and_links_it_on_the_ticket(
    live_app: Flask, fakes: tuple[GitHubFake, ZendeskFake], auth: dict[str, str]
) -> None:
    github, zendesk = fakes
    tid = seed_ticket(zendesk)

    resp = escalate(live_app.test_client(), auth, ticket_id=tid, team="release",
                    priority="se/p1", timeline="by Friday: their upgrade window closes")

    assert resp.status_code == 201, resp.get_json()
    data = resp.get_json()
    assert data["status"] == "created" and data["ticket_updated"] is True
    [issue] = github.issues(DEFAULT_REPO)
    assert data["issue"]["number"] == issue["number"]
    assert data["issue"]["url"] == issue["html_url"]
    assert data["issue"]["repo"] == DEFAULT_REPO
    labels = [label["name"] for label in issue["labels"]]
    assert labels == ["customer/globex", "rfh", "team/release", "se/p1"]
    body = issue["body"]
    assert "**Sourcegraph version:** 5.2.3" in body
    assert f"<!-- rfh-ticket:{tid}:rfh -->" in body
    assert f"https://{zendesk.subdomain}.zendesk.com/agent/tickets/{tid}" in body
    assert "> Since we upgraded our Kubernetes cluster, the frontend pods crash-loop." in body
    assert "> 1. helm upgrade to the new chart" in body  # steps to reproduce, quoted
    assert "- [x] Sourcegraph version" in body and "- [ ] " in body  # the checklist
    # Ticket text can neither ping nor forge another ticket's marker.
    assert "@everyone" not in body and "@\u200beveryone" in body
    assert "<!-- rfh-ticket:999:rfh -->" not in body
    assert issue["title"].startswith("Globex Corporation: Frontend pods crash-loop")

    notes = zendesk.notes(tid)
    assert len(notes) == 1 and issue["html_url"] in notes[0]
    assert "Release" in notes[0] and "se/p1" in notes[0]
    assert f"rfh_{issue['number']}" in zendesk.ticket_tags(tid)
    assert "self_hosted" in zendesk.ticket_tags(tid)  # the other tags are kept
    assert zendesk.custom_field(tid, TEAM_FIELD) == "release"

    slack = data["slack"]
    assert slack["channel"] == "#discuss-releases" and slack["handle"] == "@release-team"
    assert slack["text"].startswith("@release-team ")
    assert issue["html_url"] in slack["text"] and "by Friday" in slack["text"]
    assert "double check with some of my teammates" in data["customer_reply"]
    assert "engineering" not in data["customer_reply"].lower()
    [row] = rows()
    assert (row.state, row.ticket_updated, row.lease_until) == ("linked", True, None)


def test_version_unknown_and_feedback_recorded_when_agent_overrides(
    live_app: Flask, fakes: tuple[GitHubFake, ZendeskFake], auth: dict[str, str]
) -> None:
    github, zendesk = fakes
    tid = seed_ticket(zendesk, description="Search results are missing for some repositories.")
    client = live_app.test_client()
    suggested = client.post("/api/v1/suggestions", json={"ticket_id": tid}, headers=auth)
    assert suggested.status_code == 200, suggested.get_json()
    other = "docs" if suggested.get_json()["team"]["key"] != "docs" else "cody"

    resp = escalate(client, auth, ticket_id=tid, team=other,
                    suggestion_id=suggested.get_json()["suggestion_id"])

    assert resp.status_code == 201, resp.get_json()
    body = github.issues(DEFAULT_REPO)[0]["body"]
    assert "**Sourcegraph version:** unknown — not in ticket" in body
    with db.transaction() as session:
        [fb] = session.query(Feedback).all()
        assert (fb.source, fb.team, fb.ticket_id) == ("escalation", other, tid)
        assert fb.suggested_team == suggested.get_json()["team"]["key"]


def test_team_without_handle_says_to_post_in_the_channel(
    live_app: Flask, fakes: tuple[GitHubFake, ZendeskFake], auth: dict[str, str]
) -> None:
    _, zendesk = fakes
    tid = seed_ticket(zendesk)

    data = escalate(live_app.test_client(), auth, ticket_id=tid, team="cody").get_json()

    assert data["slack"]["handle"] is None and data["slack"]["channel"] == "#discuss-cody"
    assert not data["slack"]["text"].startswith("@")
    assert "post this in #discuss-cody" in data["slack"]["hint"]


def test_second_click_answers_existing_with_the_same_issue(
    live_app: Flask, fakes: tuple[GitHubFake, ZendeskFake], auth: dict[str, str]
) -> None:
    github, zendesk = fakes
    tid = seed_ticket(zendesk)
    client = live_app.test_client()

    first = escalate(client, auth, ticket_id=tid)
    second = escalate(client, auth, ticket_id=tid)

    assert first.status_code == 201 and second.status_code == 200
    assert second.get_json()["status"] == "existing"
    assert second.get_json()["issue"]["number"] == first.get_json()["issue"]["number"]
    assert len(github.issues(DEFAULT_REPO)) == 1 and github.count("POST", ISSUES) == 1
    assert len(zendesk.notes(tid)) == 1


def test_list_and_patch_docs_update(
    live_app: Flask, fakes: tuple[GitHubFake, ZendeskFake], auth: dict[str, str]
) -> None:
    _, zendesk = fakes
    tid = seed_ticket(zendesk)
    client = live_app.test_client()
    created = escalate(client, auth, ticket_id=tid).get_json()

    listed = client.get(f"/api/v1/escalations?ticket_id={tid}", headers=auth).get_json()
    [item] = listed["escalations"]
    assert item["id"] == created["escalation_id"] and item["kind"] == "rfh"
    assert item["issue"]["state"] == "open"
    assert item["issue"]["number"] == created["issue"]["number"]
    assert item["docs_update"] is False

    patched = client.patch(f"/api/v1/escalations/{item['id']}", json={"docs_update": True},
                           headers=auth)
    assert patched.status_code == 200 and patched.get_json()["docs_update"] is True
    assert client.get(f"/api/v1/escalations?ticket_id={tid}",
                      headers=auth).get_json()["escalations"][0]["docs_update"] is True
    assert_error_shape(client.patch("/api/v1/escalations/9999", json={"docs_update": True},
                                    headers=auth), 404, "escalation_not_found")


def test_link_issue_links_an_existing_issue(
    live_app: Flask, fakes: tuple[GitHubFake, ZendeskFake], auth: dict[str, str]
) -> None:
    github, zendesk = fakes
    existing = github.add_issue(DEFAULT_REPO, "Known problem", "seen before")
    tid = seed_ticket(zendesk)

    resp = escalate(live_app.test_client(), auth, ticket_id=tid, team="release",
                    link_issue=existing["html_url"])

    assert resp.status_code == 201, resp.get_json()
    assert github.count("POST", ISSUES) == 0
    assert f"rfh_{existing['number']}" in zendesk.ticket_tags(tid)
    assert existing["html_url"] in zendesk.notes(tid)[0]
    [row] = rows()
    assert (row.kind, row.state, row.issue_number) == ("link", "linked", existing["number"])


# ------------------------------------------------------------------- errors named plainly


def test_bad_token_is_a_502_naming_the_token(
    make_app: Callable[..., Flask], fakes: tuple[GitHubFake, ZendeskFake], auth: dict[str, str]
) -> None:
    github, zendesk = fakes
    app = make_app(**settings_for(github, zendesk, github_token="ghp_wrong"))
    tid = seed_ticket(zendesk)

    error = assert_error_shape(escalate(app.test_client(), auth, ticket_id=tid), 502,
                               "github_unauthorized")

    assert "GITHUB_TOKEN" in error["message"] and "401" in error["message"]
    assert rows()[0].state == "failed"


@pytest.mark.parametrize(("change", "code"), [
    ({"rfh_repo": "acme/missing"}, "github_repo_not_found"),
    ("issues_disabled", "github_repo_gone"),
])
def test_missing_or_gone_repository_is_a_502_naming_it(
    make_app: Callable[..., Flask], fakes: tuple[GitHubFake, ZendeskFake], auth: dict[str, str],
    change: Any, code: str,
) -> None:
    github, zendesk = fakes
    if change == "issues_disabled":
        github.set_repo(DEFAULT_REPO, has_issues=False)
        change = {}
    app = make_app(**settings_for(github, zendesk, **change))
    tid = seed_ticket(zendesk)

    error = assert_error_shape(escalate(app.test_client(), auth, ticket_id=tid), 502, code)

    assert "RFH_REPO" in error["message"]


def test_labels_the_token_cannot_create_are_a_502_naming_them(
    make_app: Callable[..., Flask], fakes: tuple[GitHubFake, ZendeskFake], auth: dict[str, str]
) -> None:
    github, zendesk = fakes
    app = make_app(**settings_for(github, zendesk, github_token=READONLY_TOKEN))
    tid = seed_ticket(zendesk)

    error = assert_error_shape(escalate(app.test_client(), auth, ticket_id=tid, team="release"),
                               502, "github_forbidden")

    assert "team/release" in error["message"] and "push access" in error["message"]
    assert github.issues(DEFAULT_REPO) == []
