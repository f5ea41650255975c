"""Who may read what: a restricted agent cannot read, through the service, a ticket Zendesk would
not show them (preview, suggestions by id, escalate, list, PATCH, feedback), against the fakes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.conftest import ADMIN, assert_error_shape
from tests.fakes.github import DEFAULT_REPO, GitHubFake
from tests.fakes.zendesk import DEFAULT_AGENT_ID, ZendeskFake
from tests.integration.test_escalation import PUBLIC_REPO, settings_for

ISSUES = f"/repos/{DEFAULT_REPO}/issues"


@dataclass
class Desk:
    """A Zendesk account with two tickets in two groups and organizations, and its people."""

    zendesk: ZendeskFake
    github: GitHubFake
    mine: int  # group "Tier 2", organization Globex, assigned to `assigned`
    other: int  # group "Billing", organization Initech, nobody assigned
    billing: int  # the group of `other`
    assigned: int  # restricted to assigned tickets (and a member of Billing)
    in_group: int  # restricted to their groups: member of Tier 2
    in_org: int  # restricted to their organization: Globex
    requester_agent: int  # restricted to tickets they requested: requested `other`
    end_user: int
    admin: int


@pytest.fixture
def desk(github_fake: GitHubFake, zendesk_fake: ZendeskFake) -> Desk:
    """Seed the fakes: two tickets and one user of each kind."""
    zd = zendesk_fake
    github_fake.add_repo(PUBLIC_REPO, labels=["bug"])
    globex, initech = zd.add_org("Globex Corporation"), zd.add_org("Initech")
    tier2, billing = zd.add_group("Tier 2"), zd.add_group("Billing")
    assigned = zd.add_user("Rita Restricted", "rita@acme.test", role="agent")
    in_group = zd.add_user("Gus Grouped", "gus@acme.test", role="agent")
    in_org = zd.add_user("Olga Org", "olga@acme.test", role="agent", organization_id=globex)
    requester_agent = zd.add_user("Reg Requester", "reg@acme.test", role="agent")
    for uid, restriction in ((assigned, "assigned"), (in_group, "groups"), (in_org, "organization"),
                             (requester_agent, "requested")):
        zd.restrict_agent(uid, restriction)
    for uid in (assigned, requester_agent):
        zd.add_group_membership(uid, billing)  # being in the ticket's group is not their rule
    zd.add_group_membership(in_group, tier2)
    customer = zd.add_user("Ruth Requester", "ruth@globex.example", organization_id=globex)
    mine = zd.add_ticket("Frontend pods crash-loop after upgrade",
                         "Since the upgrade the frontend pods crash-loop on self-hosted 5.2.3.",
                         requester_id=customer, organization_id=globex, group_id=tier2,
                         assignee_id=assigned, tags=["self_hosted"],
                         comments=[{"body": "Private: their CEO is escalating", "public": False}])
    other = zd.add_ticket("Invoice is wrong", "We were billed twice for November.",
                          requester_id=requester_agent, organization_id=initech, group_id=billing,
                          comments=[{"body": "Private: refund approved", "public": False}])
    return Desk(zd, github_fake, mine, other, billing, assigned, in_group, in_org, requester_agent,
                end_user=customer, admin=zd.add_user("Ada Admin", "ada@acme.test", role="admin"))


@pytest.fixture
def live(make_app: Callable[..., Flask], desk: Desk) -> FlaskClient:
    """A client of the app talking to both fakes."""
    return make_app(**settings_for(desk.github, desk.zendesk)).test_client()


def as_user(token: Callable[..., str], user_id: int | str, **claims: Any) -> dict[str, str]:
    """Headers of the sidebar of Zendesk user ``user_id``."""
    return {"Authorization": f"Bearer {token(sub=str(user_id), **claims)}"}


def attempts(client: FlaskClient, headers: dict[str, str], ticket_id: int,
             escalation_id: int) -> dict[str, Any]:
    """Every ticket-scoped call, once each, for ``ticket_id``."""
    return {
        "preview": client.post("/api/v1/escalations/preview", json={"ticket_id": ticket_id},
                               headers=headers),
        "suggest": client.post("/api/v1/suggestions", json={"ticket_id": ticket_id},
                               headers=headers),
        "feedback": client.post("/api/v1/feedback", json={"ticket_id": ticket_id, "team": "docs",
                                                          "priority": "se/p2"}, headers=headers),
        "list": client.get(f"/api/v1/escalations?ticket_id={ticket_id}", headers=headers),
        "patch": client.patch(f"/api/v1/escalations/{escalation_id}", json={"docs_update": True},
                              headers=headers),
        "escalate": client.post("/api/v1/escalations", json={"ticket_id": ticket_id},
                                headers=headers),
    }


def escalation_of(client: FlaskClient, token: Callable[..., str], ticket_id: int) -> int:
    """File an escalation of ``ticket_id`` as the unrestricted agent; its id."""
    r = client.post("/api/v1/escalations", json={"ticket_id": ticket_id},
                    headers=as_user(token, DEFAULT_AGENT_ID))
    assert r.status_code == 201, r.get_data(as_text=True)
    return int(r.get_json()["escalation_id"])


def test_restricted_agent_cannot_read_a_ticket_zendesk_hides_from_them(
    live: FlaskClient, desk: Desk, token: Callable[..., str]
) -> None:
    """Every ticket-scoped endpoint answers 403 ticket_forbidden and leaks nothing of it."""
    escalation = escalation_of(live, token, desk.other)
    issues_before = desk.github.count("POST", ISSUES)
    notes_before = desk.zendesk.notes(desk.other)
    for name, r in attempts(live, as_user(token, desk.assigned), desk.other, escalation).items():
        error = assert_error_shape(r, 403, "ticket_forbidden")
        assert error["details"] == {"ticket_id": desk.other}, name
        body = r.get_data(as_text=True)
        assert "refund" not in body and "Invoice" not in body, name
    assert desk.github.count("POST", ISSUES) == issues_before  # nothing filed
    assert desk.zendesk.notes(desk.other) == notes_before  # nothing written on the ticket
    listed = live.get(f"/api/v1/escalations?ticket_id={desk.other}",
                      headers=as_user(token, DEFAULT_AGENT_ID)).get_json()["escalations"]
    assert [e["docs_update"] for e in listed] == [False]  # the PATCH changed nothing


@pytest.mark.parametrize("who", ["unrestricted", "assigned", "admin"])
def test_agents_zendesk_shows_the_ticket_to_can_use_every_endpoint(
    live: FlaskClient, desk: Desk, token: Callable[..., str], who: str
) -> None:
    """The unrestricted agent, the restricted assignee and an admin read and act on the ticket."""
    user = {"unrestricted": DEFAULT_AGENT_ID, "assigned": desk.assigned, "admin": desk.admin}[who]
    escalation = escalation_of(live, token, desk.mine)
    answers = attempts(live, as_user(token, user), desk.mine, escalation)
    statuses = {name: r.status_code for name, r in answers.items()}
    assert statuses == {"preview": 200, "suggest": 200, "feedback": 201, "list": 200,
                        "patch": 200, "escalate": 200}, answers["escalate"].get_json()
    assert answers["escalate"].get_json()["status"] == "existing"
    assert answers["preview"].get_json()["issue"]["title"]


@pytest.mark.parametrize(("who", "sees_mine", "sees_other"), [
    ("in_group", True, False),
    ("in_org", True, False),
    ("requester_agent", False, True),
    ("end_user", False, False),
])
def test_each_zendesk_restriction_is_honoured(
    live: FlaskClient, desk: Desk, token: Callable[..., str], who: str, sees_mine: bool,
    sees_other: bool,
) -> None:
    """groups / organization / requested restrictions, and end users, as Zendesk applies them."""
    headers = as_user(token, getattr(desk, who))
    for ticket_id, expected in ((desk.mine, sees_mine), (desk.other, sees_other)):
        r = live.get(f"/api/v1/escalations?ticket_id={ticket_id}", headers=headers)
        assert r.status_code == (200 if expected else 403), (who, ticket_id, r.get_json())


def test_group_restricted_agent_reads_group_memberships_from_zendesk(
    live: FlaskClient, desk: Desk, token: Callable[..., str]
) -> None:
    """Membership of the ticket's group is what counts; memberships are read once per user."""
    desk.zendesk.add_group_membership(desk.in_group, desk.billing)
    headers = as_user(token, desk.in_group)
    for ticket_id in (desk.mine, desk.other):
        assert live.get(f"/api/v1/escalations?ticket_id={ticket_id}",
                        headers=headers).status_code == 200
    assert desk.zendesk.count("GET", f"/api/v2/users/{desk.in_group}/group_memberships*") == 1


@pytest.mark.parametrize("sub", ["999999", "agent-1", None])
def test_a_token_naming_no_known_zendesk_user_is_refused(
    live: FlaskClient, desk: Desk, token: Callable[..., str], sub: str | None
) -> None:
    """An unknown user id, a name that is no id, or no subject at all: 403, never an allow."""
    claims: dict[str, Any] = {"sub": sub} if sub is not None else {"sub": ""}
    headers = {"Authorization": f"Bearer {token(**claims)}"}
    r = live.post("/api/v1/suggestions", json={"ticket_id": desk.mine}, headers=headers)
    assert_error_shape(r, 403, "ticket_forbidden")


def test_inline_ticket_content_does_not_get_round_the_check(
    live: FlaskClient, desk: Desk, token: Callable[..., str]
) -> None:
    """Sending the ticket inline still names a ticket id the agent may not see: 403."""
    inline = {"id": desk.other, "subject": "Invoice is wrong", "description": "billed twice"}
    for path in ("/api/v1/escalations/preview", "/api/v1/suggestions"):
        r = live.post(path, json={"ticket_id": desk.other, "ticket": inline},
                      headers=as_user(token, desk.assigned))
        assert_error_shape(r, 403, "ticket_forbidden")
    # A ticket without an id is only what the agent typed: nothing of Zendesk's to protect.
    r = live.post("/api/v1/suggestions", json={"ticket": {"subject": "x", "description": "y"}},
                  headers=as_user(token, desk.assigned))
    assert r.status_code == 200


def test_a_token_is_good_for_the_ticket_it_was_signed_for_only(
    live: FlaskClient, desk: Desk, token: Callable[..., str]
) -> None:
    """The sidebar signs the open ticket's id: a token for one ticket does not read another."""
    headers = as_user(token, DEFAULT_AGENT_ID, ticket_id=desk.mine)
    assert live.get(f"/api/v1/escalations?ticket_id={desk.mine}", headers=headers).status_code \
        == 200
    r = live.get(f"/api/v1/escalations?ticket_id={desk.other}", headers=headers)
    error = assert_error_shape(r, 403, "ticket_forbidden")
    assert "another ticket" in error["message"]


def test_the_admin_token_bypasses_the_check(live: FlaskClient, desk: Desk) -> None:
    """Operators (the admin token) read any ticket without a Zendesk user."""
    r = live.get(f"/api/v1/escalations?ticket_id={desk.other}",
                 headers={"Authorization": f"Bearer {ADMIN}"})
    assert r.status_code == 200


@pytest.mark.parametrize(("status", "expected"), [(503, 503), (500, 503), (429, 503), (401, 502)])
def test_zendesk_failing_during_the_check_never_allows(
    live: FlaskClient, desk: Desk, token: Callable[..., str], status: int, expected: int
) -> None:
    """An outage answers 503 (with Retry-After), bad service credentials 502; nothing is filed."""
    headers = {"Retry-After": "1"} if status == 429 else None
    desk.zendesk.fail("GET", f"/api/v2/users/{desk.assigned}*", status, headers=headers,
                      times=None)
    issues_before = desk.github.count("POST", ISSUES)
    r = live.post("/api/v1/escalations", json={"ticket_id": desk.mine},
                  headers=as_user(token, desk.assigned))
    error = assert_error_shape(r, expected)
    assert error["code"].startswith("zendesk_") and "ticket access" in error["message"]
    if expected == 503:
        assert r.headers.get("Retry-After")
    assert desk.github.count("POST", ISSUES) == issues_before


def test_decisions_are_cached_briefly_per_app(
    live: FlaskClient, desk: Desk, token: Callable[..., str]
) -> None:
    """A second call asks Zendesk nothing more; once the cache is dropped, a reassignment counts."""
    headers = as_user(token, desk.assigned)
    url = f"/api/v1/escalations?ticket_id={desk.mine}"
    assert live.get(url, headers=headers).status_code == 200
    asked = desk.zendesk.count("GET", "/api/v2/*")
    assert live.get(url, headers=headers).status_code == 200
    assert desk.zendesk.count("GET", "/api/v2/*") == asked
    desk.zendesk.assign_ticket(desk.mine, assignee_id=DEFAULT_AGENT_ID,
                               group_id=desk.zendesk.tickets[desk.mine]["group_id"])
    assert live.get(url, headers=headers).status_code == 200  # still within the cache's time
    live.application.extensions["ticket_access"].clear()  # what the 60 s expiry does
    assert_error_shape(live.get(url, headers=headers), 403, "ticket_forbidden")


def test_the_client_reads_restrictions_and_every_page_of_memberships(desk: Desk) -> None:
    """get_user_access / get_ticket_scope against the fake's contract, through zenpy's paging."""
    from backend.integrations.zendesk import ZendeskTickets
    from tests.fakes.zendesk import DEFAULT_EMAIL, DEFAULT_TOKEN

    groups = [desk.zendesk.add_group(f"Group {i}") for i in range(130)]
    for gid in groups:
        desk.zendesk.add_group_membership(desk.in_group, gid)
    client = ZendeskTickets(desk.zendesk.subdomain, DEFAULT_EMAIL, DEFAULT_TOKEN, timeout=3)
    gus = client.get_user_access(desk.in_group)
    assert (gus.role, gus.restricted, gus.restriction) == ("agent", True, "groups")
    assert set(groups) < gus.group_ids and len(gus.group_ids) == 131
    admin = client.get_user_access(desk.admin)
    assert (admin.role, admin.restricted, admin.group_ids) == ("admin", False, frozenset())
    scope = client.get_ticket_scope(desk.mine)
    assert (scope.assignee_id, scope.organization_id) == (desk.assigned,
                                                          desk.zendesk.ticket(desk.mine)[
                                                              "organization_id"])
