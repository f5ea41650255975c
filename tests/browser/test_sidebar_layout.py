"""The sidebar at Zendesk's width: the agent's choice shown, compact, panels beside their button."""

from __future__ import annotations

import json
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.test_sidebar import SEARCH_TICKET, api_posts

pytestmark = pytest.mark.browser

SIDEBAR_WIDTH = 320
# "About 700 px before Escalate": the team, priority, checklist and choices above the button.
MAX_HEIGHT_BEFORE_ESCALATE = 700
# The tallest sidebar: a vague ticket (three choices to pick from) that says none of the details
# the handbook asks for, in preview mode (the banner shows).
VAGUE = {**SEARCH_TICKET, "id": 5003, "subject": "Problem since yesterday with our instance",
         "description": "Hi, something is not working for our team since yesterday. Can someone "
                        "look at it? Thanks", "organization": {"name": "Initech", "tags": []}}


def app_frame(sidebar: Any) -> Any:
    """The sidebar iframe's Frame (for measuring inside it)."""
    return next(f for f in sidebar.page.frames if f.url.endswith("/iframe.html"))


def at_sidebar_width(sidebar: Any) -> None:
    """Make the demo's app column as wide as Zendesk's sidebar (the iframe gets 320 px)."""
    sidebar.page.evaluate("""(width) => {
        const frame = document.getElementById('app-frame');
        frame.parentElement.style.width = `${width + 2}px`;  /* its 1 px borders */
        frame.style.width = `${width}px`;
    }""", SIDEBAR_WIDTH)
    width = app_frame(sidebar).evaluate("() => document.documentElement.clientWidth")
    assert width == SIDEBAR_WIDTH


def box(sidebar: Any, testid: str) -> dict[str, float]:
    """Where an element is inside the sidebar's document (top and bottom, in px)."""
    return dict(app_frame(sidebar).evaluate("""(testid) => {
        const r = document.querySelector(`[data-testid="${testid}"]`).getBoundingClientRect();
        return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
    }""", testid))


def test_the_agents_team_and_priority_replace_the_suggestion_in_its_block(
        open_sidebar: Any) -> None:
    sidebar = open_sidebar(SEARCH_TICKET)
    frame = sidebar.frame
    expect(frame.get_by_test_id("team-name")).not_to_be_empty()
    handbook = sidebar.app.extensions["live_model"].handbook
    suggested = frame.get_by_test_id("team-select").input_value()
    other = "docs" if suggested != "docs" else "cloud"
    expect(frame.get_by_test_id("team-changed")).to_have_count(0)

    frame.get_by_test_id("team-select").select_option(other)
    expect(frame.get_by_test_id("team-name")).to_have_text(handbook.teams[other].name)
    expect(frame.get_by_test_id("team-changed")).to_contain_text("Changed")
    expect(frame.get_by_test_id("team-changed")).to_contain_text(handbook.teams[suggested].name)
    expect(frame.get_by_test_id("channel")).to_have_text(handbook.channel_for(other))

    suggested_priority = frame.get_by_test_id("priority-label").text_content()
    chosen = "se/p0" if suggested_priority != "se/p0" else "se/p3"
    frame.get_by_test_id("priority-select").select_option(chosen)
    expect(frame.get_by_test_id("priority-label")).to_have_text(chosen)
    expect(frame.get_by_test_id("priority-changed")).to_contain_text(
        f"suggested: {suggested_priority}")

    # A re-suggestion (the subject edited) keeps showing the agent's choice, not the new guess.
    before = len(api_posts(sidebar, "/api/v1/suggestions"))
    sidebar.page.locator("#ticket-subject").press("End")
    sidebar.page.locator("#ticket-subject").press_sequentially(" again")
    expect(frame.get_by_test_id("for-ticket")).to_contain_text("again")
    assert len(api_posts(sidebar, "/api/v1/suggestions")) > before
    expect(frame.get_by_test_id("team-name")).to_have_text(handbook.teams[other].name)
    expect(frame.get_by_test_id("priority-label")).to_have_text(chosen)


def test_at_320_px_escalate_is_within_700_px_and_the_checklist_folds_once_answered(
        open_sidebar: Any) -> None:
    sidebar = open_sidebar(VAGUE)
    frame = sidebar.frame
    expect(frame.get_by_test_id("team-name")).not_to_be_empty()
    at_sidebar_width(sidebar)
    expect(frame.get_by_test_id("preview-banner")).to_be_visible()
    boxes = frame.get_by_test_id("missing").locator("input[type=checkbox]")
    expect(frame.get_by_test_id("choices").get_by_role("button")).to_have_count(3)
    assert boxes.count() >= 6  # nearly every detail is still to gather
    escalate = box(sidebar, "escalate-rfh")
    sidebar.screenshot("sidebar-320")
    assert escalate["bottom"] <= MAX_HEIGHT_BEFORE_ESCALATE, escalate

    expect(frame.get_by_test_id("missing")).to_have_attribute("open", "")
    for i in range(boxes.count()):
        boxes.nth(i).check()
    # Every detail asked: the checklist folds to its summary line.
    expect(frame.get_by_test_id("missing")).not_to_have_attribute("open", "")
    count = boxes.count()
    expect(frame.get_by_test_id("missing-summary")).to_have_text(f"{count} of {count} asked")
    # The agent may open it again; it stays open across redraws until they fold it.
    frame.get_by_test_id("missing").locator("summary").click()
    expect(frame.get_by_test_id("missing")).to_have_attribute("open", "")
    frame.get_by_test_id("priority-select").select_option("se/p3")
    expect(frame.get_by_test_id("missing")).to_have_attribute("open", "")


def test_the_escalation_panel_opens_under_its_button_with_room_around_buttons(
        open_sidebar: Any) -> None:
    sidebar = open_sidebar(SEARCH_TICKET)
    frame = sidebar.frame
    expect(frame.get_by_test_id("team-name")).not_to_be_empty()
    at_sidebar_width(sidebar)
    frame.get_by_test_id("escalate-rfh").click()
    expect(frame.get_by_test_id("confirm")).to_be_visible()
    # Right under Escalate, above the defect button: not at the bottom of the sidebar.
    assert box(sidebar, "confirm")["top"] >= box(sidebar, "escalate-rfh")["bottom"]
    assert box(sidebar, "confirm")["bottom"] <= box(sidebar, "escalate-defect")["top"]

    frame.get_by_test_id("confirm-file").click()
    expect(frame.get_by_test_id("result")).to_be_visible()
    assert box(sidebar, "result")["top"] >= box(sidebar, "escalate-rfh")["bottom"]
    assert box(sidebar, "result")["bottom"] <= box(sidebar, "escalate-defect")["top"]
    # A button under a text box keeps a gap: it never touches the box's border.
    for above, button in (("slack-text", "copy-slack"), ("customer-reply", "insert-reply")):
        gap = box(sidebar, button)["top"] - box(sidebar, above)["bottom"]
        assert gap >= 4, (above, button, gap)
    assert json.loads(api_posts(sidebar, "/api/v1/escalations")[-1]["body"])["kind"] == "rfh"
