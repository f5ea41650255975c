"""Escalate in headless Chromium: confirmation, one filing per double click, link, Slack, reply."""

from __future__ import annotations

import json
from typing import Any

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from backend.db import db
from backend.models import Escalation
from tests.browser.conftest import DOCS_SCREENSHOT
from tests.fakes import zendesk as zd
from tests.fakes.github import DEFAULT_REPO, DEFAULT_TOKEN, GitHubFake
from tests.fakes.zendesk import ZendeskFake

pytestmark = pytest.mark.browser

PUBLIC_REPO = "acme/public-tracker"
SUBJECT = "gitserver pods keep restarting after upgrading to 5.3 on Kubernetes"
DESCRIPTION = ("Since we upgraded our self-hosted Sourcegraph on Kubernetes from 5.2 to 5.3 the "
               "gitserver pods restart every few minutes and repositories stop syncing. "
               "It blocks the rollout to our 300 developers next week.")


def escalation_posts(sidebar: Any) -> list[dict[str, Any]]:
    """The app's POSTs that file (not the previews)."""
    return [r for r in sidebar.requests()
            if r["method"] == "POST" and r["url"].endswith("/api/v1/escalations")]


def confirm_and_file(sidebar: Any) -> None:
    """Escalate, check the confirmation step, then double-click the file button."""
    frame = sidebar.frame
    frame.get_by_test_id("escalate-rfh").click()
    expect(frame.get_by_test_id("confirm-title")).not_to_be_empty()
    expect(frame.get_by_test_id("confirm-labels").locator(".c-tag")).not_to_have_count(0)
    expect(frame.get_by_test_id("confirm-body")).not_to_be_empty()
    sidebar.screenshot("confirm")
    frame.get_by_test_id("confirm-file").dblclick()
    expect(frame.get_by_test_id("result")).to_be_visible()


def test_preview_mode_files_nothing_once_and_hands_off(open_sidebar: Any) -> None:
    """Without GitHub credentials: labelled preview, one request on a double click, Slack text."""
    sidebar = open_sidebar()
    frame = sidebar.frame
    expect(frame.get_by_test_id("preview-banner")).to_be_visible()
    confirm_and_file(sidebar)
    expect(frame.get_by_test_id("result-status")).to_have_text("Preview — nothing was filed")
    assert len(escalation_posts(sidebar)) == 1
    slack = frame.get_by_test_id("slack-text").text_content()
    assert slack
    expect(frame.get_by_test_id("result-channel")).to_contain_text("#")
    frame.get_by_test_id("copy-slack").click()
    expect(frame.get_by_test_id("note-copied")).to_be_visible()
    assert sidebar.page.evaluate("() => navigator.clipboard.readText()") == slack
    reply = frame.get_by_test_id("customer-reply").text_content()
    assert reply and "engineering" not in reply.lower()
    frame.get_by_test_id("insert-reply").click()
    expect(frame.get_by_test_id("note-inserted")).to_be_visible()
    assert sidebar.page.evaluate("() => window.rfhDemo.inserted") == [reply]
    expect(sidebar.page.locator("#editor")).to_have_value(reply)


@pytest.fixture
def live(github_fake: GitHubFake, zendesk_fake: ZendeskFake) -> dict[str, Any]:
    """Settings pointing the app at the GitHub and Zendesk fakes, and a ticket in the latter."""
    github_fake.add_repo(PUBLIC_REPO, labels=["bug"])
    org = zendesk_fake.add_org("Globex Corporation", tags=["enterprise"])
    ruth = zendesk_fake.add_user("Ruth Requester", "ruth@globex.example", organization_id=org)
    ticket_id = zendesk_fake.add_ticket(SUBJECT, DESCRIPTION, requester_id=ruth,
                                        organization_id=org, priority="high",
                                        tags=["self_hosted"])
    settings = {
        "github_token": DEFAULT_TOKEN, "github_api_url": github_fake.api_url,
        "rfh_repo": DEFAULT_REPO, "public_repo": PUBLIC_REPO,
        "zendesk_subdomain": zendesk_fake.subdomain, "zendesk_email": zd.DEFAULT_EMAIL,
        "zendesk_api_token": zd.DEFAULT_TOKEN, "outbound_timeout_seconds": 3,
        "outbound_max_wait_seconds": 2, "escalation_wait_seconds": 5,
    }
    ticket = {"id": ticket_id, "subject": SUBJECT, "description": DESCRIPTION, "comments": [],
              "tags": ["self_hosted"], "priority": "high",
              "organization": {"name": "Globex Corporation", "tags": ["enterprise"]},
              "requester": {"name": "Ruth Requester", "email": "ruth@globex.example"}}
    return {"settings": settings, "ticket": ticket, "github": github_fake, "zendesk": zendesk_fake}


def test_escalate_files_exactly_one_issue_and_links_it(open_sidebar: Any,
                                                       live: dict[str, Any]) -> None:
    """With GitHub and Zendesk: a double click files one issue; the ticket then shows the link."""
    sidebar = open_sidebar(live["ticket"], **live["settings"])
    frame = sidebar.frame
    expect(frame.get_by_test_id("team-name")).not_to_be_empty()
    expect(frame.get_by_test_id("preview-banner")).to_have_count(0)
    confirm_and_file(sidebar)
    expect(frame.get_by_test_id("result-status")).to_have_text("Filed")
    issues = live["github"].issues(DEFAULT_REPO)
    assert len(issues) == 1
    assert len(escalation_posts(sidebar)) == 1
    body = json.loads(escalation_posts(sidebar)[0]["body"])
    assert body["ticket_id"] == live["ticket"]["id"] and "ticket" not in body
    link = frame.get_by_test_id("issue-link")
    expect(link).to_have_attribute("href", issues[0]["html_url"])
    expect(link).to_have_text(f"Open {DEFAULT_REPO}#{issues[0]['number']}")
    expect(frame.get_by_test_id("customer-reply")).to_contain_text("teammates")
    sidebar.screenshot("filed")
    DOCS_SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    frame.locator("body").screenshot(path=str(DOCS_SCREENSHOT))

    # Opening the ticket again: the link replaces the button, and nothing more is filed.
    sidebar.page.reload()
    expect(sidebar.frame.get_by_test_id("linked-link-rfh")).to_have_attribute(
        "href", issues[0]["html_url"])
    expect(sidebar.frame.get_by_test_id("escalate-rfh")).to_have_count(0)
    sidebar.screenshot("already-linked")
    assert len(live["github"].issues(DEFAULT_REPO)) == 1


def _is_patch(response: Any) -> bool:
    return response.request.method == "PATCH" and "/api/v1/escalations/" in response.url


def test_the_linked_rfh_records_whether_it_led_to_a_docs_update(open_sidebar: Any,
                                                               live: dict[str, Any]) -> None:
    """The agent ticks 'Led to a docs update' on the linked RFH; it is stored and shown again."""
    sidebar = open_sidebar(live["ticket"], **live["settings"])
    confirm_and_file(sidebar)
    sidebar.page.reload()
    box = sidebar.frame.get_by_test_id("docs-update")
    expect(box).not_to_be_checked()
    with sidebar.page.expect_response(_is_patch) as answered:
        box.check()
    assert answered.value.ok
    expect(box).to_be_checked()
    sidebar.screenshot("docs-update")
    patches = [r for r in sidebar.requests() if r["method"] == "PATCH"]
    assert len(patches) == 1 and json.loads(patches[0]["body"]) == {"docs_update": True}
    with sidebar.app.app_context():
        rows = db.session.execute(select(Escalation)).scalars().all()
        assert [(r.kind, r.docs_update) for r in rows] == [("rfh", True)]

    sidebar.page.reload()  # the stored value, not the click, decides what is shown
    expect(sidebar.frame.get_by_test_id("docs-update")).to_be_checked()
    with sidebar.page.expect_response(_is_patch) as answered:
        sidebar.frame.get_by_test_id("docs-update").uncheck()
    assert answered.value.ok
    expect(sidebar.frame.get_by_test_id("docs-update")).not_to_be_checked()
    with sidebar.app.app_context():
        assert db.session.execute(select(Escalation)).scalar_one().docs_update is False


def test_escalation_failure_says_so_and_retry_files_once(open_sidebar: Any,
                                                          live: dict[str, Any]) -> None:
    """GitHub down: a plain-words error with Retry; the retry then files the one issue."""
    github: GitHubFake = live["github"]
    sidebar = open_sidebar(live["ticket"], **live["settings"])
    frame = sidebar.frame
    expect(frame.get_by_test_id("team-name")).not_to_be_empty()
    # Both of the escalator's attempts (it tries a 5xx once more) meet an outage.
    github.inject("POST", f"/repos/{DEFAULT_REPO}/issues", status=503, times=2)
    frame.get_by_test_id("escalate-rfh").click()
    frame.get_by_test_id("confirm-file").click()
    error = frame.get_by_test_id("escalation-error")
    expect(error).to_contain_text("busy or down")
    sidebar.screenshot("escalation-error")
    error.get_by_test_id("retry").click()
    expect(frame.get_by_test_id("result-status")).to_have_text("Filed")
    assert len(github.issues(DEFAULT_REPO)) == 1


def preview_posts(sidebar: Any) -> list[dict[str, Any]]:
    """The app's previews, their bodies read."""
    return [json.loads(r["body"]) for r in sidebar.requests()
            if r["method"] == "POST" and r["url"].endswith("/api/v1/escalations/preview")]


def open_rfh_preview(sidebar: Any) -> tuple[str, str]:
    """Escalate (RFH) up to the open preview: (the suggested team, another one to pick)."""
    frame = sidebar.frame
    expect(frame.get_by_test_id("team-name")).not_to_be_empty()
    frame.get_by_test_id("escalate-rfh").click()
    expect(frame.get_by_test_id("confirm-labels")).not_to_be_empty()
    first = frame.get_by_test_id("team-select").input_value()
    return first, "docs" if first != "docs" else "cloud"


def test_a_team_changed_under_an_open_preview_is_previewed_again_then_filed(
        open_sidebar: Any) -> None:
    """Confirm files what the panel shows: choosing another team while the preview is open
    previews again (the labels follow), and the filing carries that team."""
    sidebar = open_sidebar()
    frame = sidebar.frame
    first, other = open_rfh_preview(sidebar)
    assert f"team/{first}" in (frame.get_by_test_id("confirm-labels").text_content() or "")
    frame.get_by_test_id("team-select").select_option(other)
    expect(frame.get_by_test_id("confirm-labels")).to_contain_text(f"team/{other}")
    assert [p["team"] for p in preview_posts(sidebar)] == [first, other]
    frame.get_by_test_id("confirm-file").click()
    expect(frame.get_by_test_id("result")).to_be_visible()
    filed = [json.loads(r["body"]) for r in escalation_posts(sidebar)]
    assert [f["team"] for f in filed] == [other]


def test_a_team_changed_after_a_failed_filing_is_previewed_before_it_is_filed(
        open_sidebar: Any) -> None:
    """The filing fails, the agent picks another team: the sidebar previews again (Retry would
    have filed the old preview's request), and the filing carries the new team."""
    sidebar = open_sidebar()
    frame = sidebar.frame
    first, other = open_rfh_preview(sidebar)
    sidebar.page.route("**/api/v1/escalations", lambda route: route.abort("connectionrefused"))
    frame.get_by_test_id("confirm-file").click()
    expect(frame.get_by_test_id("escalation-error")).to_be_visible()
    sidebar.page.unroute("**/api/v1/escalations")
    frame.get_by_test_id("team-select").select_option(other)
    expect(frame.get_by_test_id("confirm-labels")).to_contain_text(f"team/{other}")
    frame.get_by_test_id("confirm-file").click()
    expect(frame.get_by_test_id("result")).to_be_visible()
    filed = [json.loads(r["body"]) for r in escalation_posts(sidebar)]
    assert [f["team"] for f in filed][-1] == other
