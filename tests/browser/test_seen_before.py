"""The sidebar's "Seen before" in headless Chromium: past cases above Escalate, as text."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from backend.db import db
from backend.learning.similar import remember_case
from backend.models import Escalation, TicketResolution
from backend.tickets import Ticket

pytestmark = pytest.mark.browser

PAST_SUBJECT = 'Frontend pods crash-loop after helm upgrade <img src=x onerror="window.pwned=1">'
PAST_TEXT = ("After a helm upgrade of the chart on our Kubernetes cluster the sourcegraph-frontend "
             "pods crash-loop. Restarting the pods and rolling back the chart did not help.")
LOOK_ALIKE = {
    "id": 7101,
    "subject": "sourcegraph-frontend pods keep crash-looping since our helm upgrade",
    "description": "Hi, after a helm upgrade of the chart on our Kubernetes cluster the "
                   "sourcegraph-frontend pods crash-loop; restarting pods did not help.",
    "comments": [], "tags": [], "priority": "normal",
    "organization": {"name": "Initech", "tags": []},
    "requester": {"name": "Pat", "email": "pat@initech.example"},
}
UNRELATED = {**LOOK_ALIKE, "id": 7102, "subject": "Invoice shows the wrong billing address",
             "description": "Our latest invoice lists our old office; please send a new one."}


def seed_past_case(app: Any) -> None:
    """Ticket 123: escalated (RFH #45, closed, docs-update label), solved with an answer."""
    with app.app_context(), db.transaction() as session:
        remember_case(session, Ticket(id=123, subject=PAST_SUBJECT, description=PAST_TEXT),
                      team="release", priority="se/p2", source="escalation")
        session.add(Escalation(
            dedupe_key="123:rfh", ticket_id=123, kind="rfh", state="linked", marker="m",
            repo="acme/support-escalations", issue_number=45, issue_state="closed",
            issue_url="https://github.com/acme/support-escalations/issues/45", title="t",
            body="", labels=[], team="release", priority="se/p2", docs_update=True))
        session.add(TicketResolution(ticket_id=123, status="solved", text=(
            "Raise the frontend memory limit <b>to 4 GiB</b>."),
            docs_url="https://docs.sourcegraph.com/admin/deploy"))


def test_seen_before_lists_the_past_case_above_escalate(open_sidebar: Any) -> None:
    sidebar = open_sidebar(LOOK_ALIKE, model_poll_seconds=0.05)
    seed_past_case(sidebar.app)
    sidebar.page.reload()  # ask again now that ticket 123 is on record
    frame = sidebar.frame

    section = frame.get_by_test_id("seen-before")
    expect(section).to_be_visible()
    expect(section.get_by_test_id("seen-before-line")).to_have_text(
        "#123, RFH closed, solved, docs updated")
    expect(section).to_contain_text('<img src=x onerror="window.pwned=1">')  # shown as text
    expect(section.get_by_test_id("seen-before-answer")).to_contain_text(
        "Raise the frontend memory limit <b>to 4 GiB</b>.")
    expect(section.get_by_test_id("seen-before-issue")).to_have_attribute(
        "href", "https://github.com/acme/support-escalations/issues/45")
    expect(section.get_by_test_id("seen-before-docs")).to_have_attribute(
        "href", "https://docs.sourcegraph.com/admin/deploy")
    assert section.locator("img, b").count() == 0
    assert sidebar.page.frame_locator("#app-frame").locator("body").evaluate(
        "() => window.pwned === undefined")
    # Above the Escalate button, in document order.
    order = frame.locator("[data-testid=seen-before], [data-testid=actions]").evaluate_all(
        "nodes => nodes.map(n => n.dataset.testid)")
    assert order == ["seen-before", "actions"]
    sidebar.screenshot("seen-before")


def test_an_unrelated_ticket_shows_no_seen_before(open_sidebar: Any) -> None:
    sidebar = open_sidebar(UNRELATED, model_poll_seconds=0.05)
    seed_past_case(sidebar.app)
    sidebar.page.reload()
    frame = sidebar.frame
    expect(frame.get_by_test_id("team-name")).not_to_be_empty()
    expect(frame.get_by_test_id("actions")).to_be_visible()
    expect(frame.get_by_test_id("seen-before")).to_have_count(0)
