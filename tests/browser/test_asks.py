"""Ask my team / Ask engineering and the posted permalink, in headless Chromium against the real
backend and the GitHub, Zendesk and Slack stand-ins."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.test_escalate import confirm_and_file, escalation_posts, live  # noqa: F401
from tests.fakes import slack as sl
from tests.fakes.github import DEFAULT_REPO
from tests.fakes.slack import SlackFake

pytestmark = pytest.mark.browser

CHANNELS = ("#discuss-releases", "#discuss-cloud-ops", "#discuss-cody", "#discuss-source",
            "#discuss-graph", "#discuss-search-platform", "#discuss-code-search", "#docs",
            "#discuss-ce", "#discuss-engineering", "#team-support-engineering", "#ask-source")


@pytest.fixture
def with_slack(live: dict[str, Any], slack_fake: SlackFake) -> dict[str, Any]:  # noqa: F811
    """The live settings plus a Slack bot that is in every channel routing.yaml names."""
    for channel in CHANNELS:
        slack_fake.add_channel(channel)
    settings = {**live["settings"], "slack_bot_token": sl.DEFAULT_TOKEN,
                "slack_api_url": slack_fake.api_url}
    return {**live, "settings": settings, "slack": slack_fake}


def test_ask_my_team_posts_once_and_shows_the_permalink(open_sidebar: Any,
                                                        with_slack: dict[str, Any]) -> None:
    sidebar = open_sidebar(with_slack["ticket"], **with_slack["settings"])
    frame = sidebar.frame
    frame.get_by_test_id("ask-team").dblclick()
    expect(frame.get_by_test_id("ask-result")).to_be_visible()
    [message] = with_slack["slack"].messages("#team-support-engineering")
    expect(frame.get_by_test_id("slack-permalink")).to_have_attribute(
        "href", f"https://{sl.WORKSPACE}.slack.com/archives/{_id(with_slack, message)}")
    expect(frame.get_by_test_id("slack-posted")).to_contain_text("#team-support-engineering")
    assert len(escalation_posts(sidebar)) == 1  # a double click asks once
    assert with_slack["github"].count("POST", "/repos/*/issues") == 0
    sidebar.screenshot("asked-team")


def _id(world: dict[str, Any], message: dict[str, Any]) -> str:
    channel = next(c for c in world["slack"].channels.values()
                   if c.name == "team-support-engineering")
    return f"{channel.id}/p{message['ts'].replace('.', '')}"


def test_escalate_shows_the_posted_hand_off(open_sidebar: Any,
                                            with_slack: dict[str, Any]) -> None:
    sidebar = open_sidebar(with_slack["ticket"], **with_slack["settings"])
    frame = sidebar.frame
    confirm_and_file(sidebar)
    expect(frame.get_by_test_id("result-status")).to_have_text("Filed")
    [(channel, message)] = with_slack["slack"].all_messages()
    issue = with_slack["github"].issues(DEFAULT_REPO)
    assert issue and issue[0]["html_url"] in message["text"]
    expect(frame.get_by_test_id("slack-posted")).to_contain_text(f"#{channel}")
    expect(frame.get_by_test_id("slack-permalink")).to_have_attribute(
        "href", f"https://{sl.WORKSPACE}.slack.com/archives/"
        f"{next(c.id for c in with_slack['slack'].channels.values() if c.name == channel)}"
        f"/p{message['ts'].replace('.', '')}")


def test_ask_my_team_is_hidden_once_a_defect_is_chosen(open_sidebar: Any,
                                                       with_slack: dict[str, Any]) -> None:
    sidebar = open_sidebar(with_slack["ticket"], **with_slack["settings"])
    frame = sidebar.frame
    expect(frame.get_by_test_id("ask-team")).to_be_visible()
    frame.get_by_test_id("escalate-defect").click()
    expect(frame.get_by_test_id("confirm")).to_be_visible()
    expect(frame.get_by_test_id("ask-team")).to_have_count(0)
    expect(frame.get_by_test_id("ask-engineering")).to_be_visible()
