"""The public defect's draft in headless Chromium: shown redacted and editable, filed as edited,
and refused (nothing filed, edits kept, what to fix shown) when the agent adds private data."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DEFECT_SCREENSHOT
from tests.fakes import zendesk as zd
from tests.fakes.github import DEFAULT_REPO, DEFAULT_TOKEN, GitHubFake
from tests.fakes.zendesk import ZendeskFake

pytestmark = pytest.mark.browser

PUBLIC_REPO = "acme/public-tracker"
ORG = "Initech Systems"
REQUESTER = "Milton Waddams"
EMAIL = "milton.waddams@initech.example"
HOST = "git.initech-internal.example"
SUBJECT = "gitserver pods restart every few minutes after the 5.3 upgrade"
DESCRIPTION = (
    f"Hello, this is {REQUESTER} from {ORG}. Since we upgraded our self-hosted Sourcegraph on "
    f"Kubernetes from 5.2 to 5.3 the gitserver pods restart every few minutes and "
    f"repositories from https://{HOST}/platform stop syncing. Write to me at {EMAIL} or "
    f"ask our admin at ops@initech.example if you need logs. The log viewer shows "
    f"<img src=x onerror=alert(1)> instead of the lines.")
# What must never reach a public field of the draft (as typed, any case).
PRIVATE = [ORG, "Initech", REQUESTER, "Milton", "Waddams", EMAIL, "ops@initech.example", HOST,
           "initech-internal"]
EDIT = "Reproduced on a fresh 5.3.1 cluster with three gitserver replicas."
# An internal note: it never feeds the public defect, and no redaction pattern can recognise it.
NOTE = "Account manager says they will cancel the renewal unless this is fixed by Friday."


@pytest.fixture
def defect_ticket(github_fake: GitHubFake, zendesk_fake: ZendeskFake) -> dict[str, Any]:
    """A ticket full of private details in the Zendesk fake, and settings for both fakes."""
    github_fake.add_repo(PUBLIC_REPO, labels=["bug"])
    org = zendesk_fake.add_org(ORG, tags=["enterprise"])
    user = zendesk_fake.add_user(REQUESTER, EMAIL, organization_id=org)
    ticket_id = zendesk_fake.add_ticket(SUBJECT, DESCRIPTION, requester_id=user,
                                        organization_id=org, priority="high",
                                        tags=["self_hosted"])
    zendesk_fake.add_comment(ticket_id, NOTE, public=False)
    settings = {
        "github_token": DEFAULT_TOKEN, "github_api_url": github_fake.api_url,
        "rfh_repo": DEFAULT_REPO, "public_repo": PUBLIC_REPO,
        "zendesk_subdomain": zendesk_fake.subdomain, "zendesk_email": zd.DEFAULT_EMAIL,
        "zendesk_api_token": zd.DEFAULT_TOKEN, "outbound_timeout_seconds": 3,
        "outbound_max_wait_seconds": 2, "escalation_wait_seconds": 5,
    }
    ticket = {"id": ticket_id, "subject": SUBJECT, "description": DESCRIPTION, "comments": [],
              "tags": ["self_hosted"], "priority": "high",
              "organization": {"name": ORG, "tags": ["enterprise"]},
              "requester": {"name": REQUESTER, "email": EMAIL}}
    return {"settings": settings, "ticket": ticket, "github": github_fake}


def open_draft(open_sidebar: Any, defect_ticket: dict[str, Any]) -> Any:
    """Open the sidebar on the ticket and press File public defect."""
    sidebar = open_sidebar(defect_ticket["ticket"], **defect_ticket["settings"])
    frame = sidebar.frame
    expect(frame.get_by_test_id("team-name")).not_to_be_empty()
    frame.get_by_test_id("escalate-defect").click()
    expect(frame.get_by_test_id("draft-body")).not_to_have_value("")
    return sidebar


def defect_posts(sidebar: Any) -> list[dict[str, Any]]:
    """The bodies of the app's filing POSTs (not the previews)."""
    return [json.loads(r["body"]) for r in sidebar.requests()
            if r["method"] == "POST" and r["url"].endswith("/api/v1/escalations")]


def assert_no_private(text: str) -> None:
    """None of the ticket's private values is in text."""
    found = [value for value in PRIVATE if value.lower() in text.lower()]
    assert not found, f"private values in a public field: {found}"


def test_defect_preview_shows_the_redacted_draft_editable_with_removals_marked(
        open_sidebar: Any, defect_ticket: dict[str, Any]) -> None:
    """Title and body are editable, the removals are counted and marked, nothing private shows."""
    sidebar = open_draft(open_sidebar, defect_ticket)
    frame = sidebar.frame
    title = frame.get_by_test_id("draft-title")
    body = frame.get_by_test_id("draft-body")
    expect(title).to_be_editable()
    expect(body).to_be_editable()
    expect(title).to_have_value(SUBJECT)
    expect(body).to_have_value(re.compile("gitserver pods restart"))
    expect(frame.get_by_test_id("confirm-repo")).to_have_text(PUBLIC_REPO)

    removed = frame.get_by_test_id("draft-removed")
    expect(removed).to_contain_text("Removed before publishing:")
    expect(removed).to_contain_text("2 e-mail addresses")
    marks = frame.get_by_test_id("draft-marks")
    marks.locator("summary").click()
    expect(marks.get_by_test_id("draft-marked")).to_be_visible()
    marked = [m.strip() for m in marks.get_by_test_id("marked-removal").all_text_contents()]
    assert marked.count("[redacted-email]") == 2
    assert "[customer]" in marked and "[name]" in marked
    assert frame.get_by_test_id("marked-leak").count() == 0

    public = [title.input_value(), body.input_value(),
              frame.get_by_test_id("draft-marked").text_content() or "",
              frame.get_by_test_id("confirm-labels").text_content() or "",
              frame.get_by_test_id("confirm-repo").text_content() or ""]
    for text in public:
        assert_no_private(text)
    # The body reads as text, never as markup: the ticket's <img onerror> neither shows nor runs.
    marked_view = frame.get_by_test_id("draft-marked")
    assert marked_view.locator(":not(mark, .rfh-marked__line)").count() == 0
    assert frame.locator("img").count() == 0 and sidebar.dialogs == []

    # A 320px app iframe. Set through the CSSOM: the demo page's CSP (style-src 'self') refuses
    # an inline <style>, and a script's own style changes are not inline styles.
    sidebar.page.locator(".demo-sidebar").evaluate("e => { e.style.width = '322px'; }")
    assert sidebar.page.evaluate(
        "() => document.getElementById('app-frame').getBoundingClientRect().width") == 320
    assert frame.locator("body").evaluate("b => b.scrollWidth <= b.clientWidth")
    sidebar.screenshot("defect-draft")
    # The README's picture: the 320px sidebar from the defect buttons down.
    DEFECT_SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    # Page coordinates: the iframe's place in the document plus the panel's place in the iframe.
    where = ("e => { const r = e.getBoundingClientRect();"
             " return [r.left + scrollX, r.top + scrollY, r.bottom + scrollY]; }")
    left, frame_top, _ = sidebar.page.locator("#app-frame").evaluate(where)
    _, top, bottom = frame.get_by_test_id("actions").evaluate(where)
    sidebar.page.screenshot(path=str(DEFECT_SCREENSHOT), full_page=True, clip={
        "x": left, "y": frame_top + top - 8, "width": 320, "height": bottom - top + 16})
    assert defect_posts(sidebar) == [] and defect_ticket["github"].issues(PUBLIC_REPO) == []


def test_the_agents_edit_is_what_the_public_issue_carries(
        open_sidebar: Any, defect_ticket: dict[str, Any]) -> None:
    """The agent edits title and body; the issue in the public repository carries both edits."""
    sidebar = open_draft(open_sidebar, defect_ticket)
    frame = sidebar.frame
    body = frame.get_by_test_id("draft-body")
    body.fill(f"{body.input_value()}\n\nReproduced on a fresh 5.3.1 cluster")
    # The customer comments while the agent types (Zendesk fires the event, the focus stays in
    # the app): the sidebar re-suggests and redraws, and the caret stays in the editor, so the
    # agent's next keys still land at the end of the body.
    with sidebar.page.expect_response(lambda r: r.url.endswith("/api/v1/suggestions")):
        sidebar.page.evaluate("() => { window.rfhDemo.ticket.comments.push('Any news?');"
                              " window.rfhDemo.emit('ticket.conversation.changed'); }")
    expect(frame.get_by_test_id("draft-body")).to_be_focused()
    sidebar.page.keyboard.type(" with three gitserver replicas.")
    edited = frame.get_by_test_id("draft-body").input_value()
    assert edited.endswith(EDIT)
    frame.get_by_test_id("draft-title").fill("gitserver restart loop after 5.3 upgrade")
    frame.get_by_test_id("confirm-file").click()
    expect(frame.get_by_test_id("result-status")).to_have_text("Filed")

    posts = defect_posts(sidebar)
    assert len(posts) == 1
    assert posts[0]["kind"] == "defect" and posts[0]["body"] == edited
    assert posts[0]["title"] == "gitserver restart loop after 5.3 upgrade"
    issues = defect_ticket["github"].issues(PUBLIC_REPO)
    assert len(issues) == 1
    assert issues[0]["title"] == "gitserver restart loop after 5.3 upgrade"
    assert EDIT in issues[0]["body"]
    assert_no_private(issues[0]["title"] + "\n" + issues[0]["body"])
    expect(frame.get_by_test_id("issue-link")).to_have_attribute("href", issues[0]["html_url"])


def test_private_data_typed_into_the_draft_is_refused_and_the_edit_kept(
        open_sidebar: Any, defect_ticket: dict[str, Any]) -> None:
    """The agent pastes the private note and the requester's e-mail into the body: nothing is
    filed, the note's words are shown to fix, the edit is kept; without the note it files once,
    with the e-mail replaced by the service."""
    sidebar = open_draft(open_sidebar, defect_ticket)
    frame = sidebar.frame
    body = frame.get_by_test_id("draft-body")
    leaky = f"{body.input_value()}\n\n{EDIT} Contact {EMAIL} for the logs. {NOTE}"
    body.fill(leaky)
    frame.get_by_test_id("confirm-file").click()

    leak = frame.get_by_test_id("draft-leak")
    expect(leak).to_be_visible()
    expect(leak).to_contain_text("Nothing was filed")
    # The service reports the note as overlapping runs of words; the agent sees one passage.
    passage = NOTE.rstrip(".")
    expect(leak.get_by_test_id("draft-leak-item")).to_have_text(
        [f"From a private note: {passage}"])
    expect(frame.get_by_test_id("draft-body")).to_have_value(leaky)
    expect(frame.get_by_test_id("draft-body")).to_be_editable()
    expect(frame.get_by_test_id("marked-leak")).to_have_text([passage])
    expect(frame.get_by_test_id("result")).to_have_count(0)
    assert defect_ticket["github"].issues(PUBLIC_REPO) == []
    assert len(defect_posts(sidebar)) == 1
    sidebar.screenshot("defect-leak")

    frame.get_by_test_id("draft-body").fill(leaky.replace(f" {NOTE}", ""))
    frame.get_by_test_id("confirm-file").click()
    expect(frame.get_by_test_id("result-status")).to_have_text("Filed")
    assert len(defect_posts(sidebar)) == 2
    issues = defect_ticket["github"].issues(PUBLIC_REPO)
    assert len(issues) == 1 and EDIT in issues[0]["body"]
    assert "Contact [redacted-email] for the logs." in issues[0]["body"]
    assert_no_private(issues[0]["body"])
    assert "cancel the renewal" not in issues[0]["body"]


def edit_the_body(frame: Any, note: str) -> tuple[str, str, str]:
    """Add note to the draft's body: (the edited body, the priority shown, another to pick)."""
    body = frame.get_by_test_id("draft-body")
    edited = body.input_value() + note
    body.fill(edited)
    current = frame.get_by_test_id("priority-select").input_value()
    return edited, current, "se/p3" if current != "se/p3" else "se/p2"


def test_a_priority_changed_under_the_draft_keeps_the_agents_edits(
        open_sidebar: Any, defect_ticket: dict[str, Any]) -> None:
    """The draft is previewed again for the new priority, the agent's edited body stays, and
    the filing carries both."""
    sidebar = open_draft(open_sidebar, defect_ticket)
    frame = sidebar.frame
    edited, current, chosen = edit_the_body(frame, "\n\nReproduced on 5.3.2 with two replicas.")
    frame.get_by_test_id("priority-select").select_option(chosen)
    expect(frame.get_by_test_id("confirm-labels")).to_contain_text(chosen)
    # The agent's words stay; the line the service wrote about the priority follows the change.
    assert f"priority `{current}`" in edited
    followed = edited.replace(f"priority `{current}`", f"priority `{chosen}`")
    expect(frame.get_by_test_id("draft-body")).to_have_value(followed)
    frame.get_by_test_id("confirm-file").click()
    expect(frame.get_by_test_id("result")).to_be_visible()
    filed = defect_posts(sidebar)
    assert [(f["priority"], f["body"]) for f in filed] == [(chosen, followed)]


def test_a_failed_preview_again_keeps_the_agents_edits_for_retry(
        open_sidebar: Any, defect_ticket: dict[str, Any]) -> None:
    """The priority changes under an edited draft and the new preview fails: Retry previews
    again with the agent's edits, not a fresh draft."""
    sidebar = open_draft(open_sidebar, defect_ticket)
    frame = sidebar.frame
    edited, current, chosen = edit_the_body(frame, "\n\nSeen on both replicas.")
    sidebar.page.route("**/api/v1/escalations/preview",
                       lambda route: route.abort("connectionrefused"))
    frame.get_by_test_id("priority-select").select_option(chosen)
    expect(frame.get_by_test_id("escalation-error")).to_be_visible()
    sidebar.page.unroute("**/api/v1/escalations/preview")
    frame.get_by_test_id("escalation-error").get_by_test_id("retry").click()
    expect(frame.get_by_test_id("confirm-labels")).to_contain_text(chosen)
    expect(frame.get_by_test_id("draft-body")).to_have_value(
        edited.replace(f"priority `{current}`", f"priority `{chosen}`"))
