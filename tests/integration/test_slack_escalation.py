"""Slack for real: the RFH hand-off and the team and engineering asks against the GitHub, Zendesk
and Slack stand-ins over real HTTP (handbook Steps 2 and 5)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask

from backend.db import db
from backend.escalation import late_posts
from backend.escalation.late_posts import post_pending
from backend.models import Escalation
from tests.conftest import assert_error_shape, wait_until
from tests.fakes import slack as sl
from tests.fakes.github import DEFAULT_REPO, GitHubFake
from tests.fakes.slack import SlackFake
from tests.fakes.zendesk import ZendeskFake
from tests.integration.test_escalation import (
    ISSUES,
    TEAM_FIELD,
    escalate,
    rows,
    seed_ticket,
    settings_for,
)

SUPPORT = "#team-support-engineering"


@pytest.fixture
def world(github_fake: GitHubFake, zendesk_fake: ZendeskFake,
          slack_fake: SlackFake) -> tuple[GitHubFake, ZendeskFake, SlackFake]:
    """The three stand-ins; the bot is in the release, source and support channels."""
    for channel in ("#discuss-releases", "#discuss-source", SUPPORT):
        slack_fake.add_channel(channel)
    slack_fake.add_usergroup("@release-team")
    return github_fake, zendesk_fake, slack_fake


@pytest.fixture
def slack_app(make_app: Callable[..., Flask], world: Any) -> Flask:
    """The app talking to all three stand-ins with a bot token."""
    github, zendesk, slack = world
    return make_app(**settings_for(github, zendesk, slack_bot_token=sl.DEFAULT_TOKEN,
                                   slack_api_url=slack.api_url))


def held_back_rfh(app: Flask, world: Any, auth: dict[str, str]) -> int:
    """An RFH filed and linked whose hand-off a Slack rate limit held back for the worker."""
    _, zendesk, slack = world
    tid = seed_ticket(zendesk)
    slack.rate_limit("chat.postMessage", retry_after=30)
    escalate(app.test_client(), auth, ticket_id=tid, team="release")
    return tid


def test_an_rfh_posts_once_and_the_answer_and_the_note_carry_the_permalink(
    slack_app: Flask, world: Any, auth: dict[str, str]
) -> None:
    github, zendesk, slack = world
    tid = seed_ticket(zendesk)
    client = slack_app.test_client()

    data = escalate(client, auth, ticket_id=tid, team="release", priority="se/p1").get_json()

    [issue] = github.issues(DEFAULT_REPO)
    [message] = slack.messages("#discuss-releases")
    assert issue["html_url"] in message["text"]
    assert message["text"].startswith("<!subteam^")  # @release-team really mentioned
    assert data["slack"]["posted"] is True and data["slack"]["state"] == "posted"
    permalink = data["slack"]["permalink"]
    assert permalink.startswith(f"https://{sl.WORKSPACE}.slack.com/archives/C")
    assert permalink.endswith("p" + message["ts"].replace(".", ""))
    [note] = zendesk.notes(tid)
    assert permalink in note and issue["html_url"] in note
    [row] = rows()
    assert (row.slack_ts, row.slack_permalink) == (message["ts"], permalink)

    again = escalate(client, auth, ticket_id=tid, team="release", priority="se/p1")
    assert again.status_code == 200 and again.get_json()["slack"]["permalink"] == permalink
    assert len(slack.all_messages()) == 1 and slack.count("POST", "/api/chat.postMessage") == 1
    assert github.count("POST", ISSUES) == 1 and len(zendesk.notes(tid)) == 1


def test_a_429_is_waited_out_within_the_budget(
    slack_app: Flask, world: Any, auth: dict[str, str]
) -> None:
    _, zendesk, slack = world
    tid = seed_ticket(zendesk)
    slack.rate_limit("chat.postMessage", retry_after=1)

    data = escalate(slack_app.test_client(), auth, ticket_id=tid, team="release").get_json()

    statuses = [r.status for r in slack.requests_to("POST", "/api/chat.postMessage")]
    assert statuses == [429, 200]
    assert data["slack"]["posted"] is True and len(slack.messages("#discuss-releases")) == 1
    assert data["slack"]["permalink"] in zendesk.notes(tid)[0]


def test_a_429_past_the_budget_is_posted_once_by_the_worker(
    slack_app: Flask, world: Any, auth: dict[str, str]
) -> None:
    github, zendesk, slack = world
    tid = seed_ticket(zendesk)
    slack.rate_limit("chat.postMessage", retry_after=30)
    client = slack_app.test_client()

    data = escalate(client, auth, ticket_id=tid, team="release").get_json()

    assert data["status"] == "created" and len(github.issues(DEFAULT_REPO)) == 1
    assert data["slack"]["posted"] is False and data["slack"]["state"] == "pending"
    assert "worker posts it" in data["slack"]["error"]
    assert data["slack"]["error"] in data["warnings"]
    assert slack.all_messages() == []
    settings = slack_app.config["SETTINGS"]

    assert post_pending(settings) == 1
    assert post_pending(settings) == 0  # nothing left: never posted twice
    [message] = slack.messages("#discuss-releases")
    [row] = rows()
    assert (row.slack_state, row.slack_ts) == ("posted", message["ts"])
    assert any(row.slack_permalink in note for note in zendesk.notes(tid))
    listed = client.get(f"/api/v1/escalations?ticket_id={tid}", headers=auth).get_json()
    assert listed["escalations"][0]["slack"]["permalink"] == row.slack_permalink


def test_a_bot_outside_the_channel_is_told_plainly_and_the_issue_is_kept(
    make_app: Callable[..., Flask], world: Any, auth: dict[str, str]
) -> None:
    github, zendesk, slack = world
    slack.channels[next(c.id for c in slack.channels.values()
                        if c.name == "discuss-releases")].member = False
    app = make_app(**settings_for(github, zendesk, slack_bot_token=sl.DEFAULT_TOKEN,
                                  slack_api_url=slack.api_url))
    tid = seed_ticket(zendesk)
    client = app.test_client()

    resp = escalate(client, auth, ticket_id=tid, team="release")

    assert resp.status_code == 201  # the RFH is filed and linked all the same
    data = resp.get_json()
    assert data["ticket_updated"] is True and data["issue"]["url"]
    assert data["slack"]["posted"] is False and data["slack"]["state"] == "failed"
    assert "not a member of #discuss-releases" in data["slack"]["error"]
    assert "invite" in data["slack"]["error"]
    assert slack.all_messages() == []

    for channel in slack.channels.values():
        channel.member = True  # someone invited the bot
    again = escalate(client, auth, ticket_id=tid, team="release").get_json()
    assert again["slack"]["posted"] is True and len(slack.messages("#discuss-releases")) == 1
    assert again["slack"]["permalink"] in zendesk.notes(tid)[-1]
    assert github.count("POST", ISSUES) == 1


def test_an_unanswered_post_is_never_repeated(
    slack_app: Flask, world: Any, auth: dict[str, str]
) -> None:
    _, zendesk, slack = world
    tid = seed_ticket(zendesk)
    slack.drop_connection("POST", "/api/chat.postMessage")
    client = slack_app.test_client()

    data = escalate(client, auth, ticket_id=tid, team="release").get_json()

    assert data["slack"]["state"] == "unconfirmed" and "Look in" in data["slack"]["error"]
    escalate(client, auth, ticket_id=tid, team="release")
    assert post_pending(slack_app.config["SETTINGS"]) == 0
    assert slack.count("POST", "/api/chat.postMessage") == 1


def test_without_a_token_nothing_is_posted_and_the_answer_says_so(
    make_app: Callable[..., Flask], world: Any, auth: dict[str, str]
) -> None:
    github, zendesk, slack = world
    app = make_app(**settings_for(github, zendesk))
    tid = seed_ticket(zendesk)

    data = escalate(app.test_client(), auth, ticket_id=tid, team="release").get_json()

    assert data["slack"]["posted"] is False and data["slack"]["state"] is None
    assert data["slack"]["text"].startswith("@release-team") and data["slack"]["permalink"] is None
    assert slack.requests == []


# ------------------------------------------------------------------------------ asks


def test_ask_my_team_posts_in_support_engineering_and_files_nothing(
    slack_app: Flask, world: Any, auth: dict[str, str]
) -> None:
    github, zendesk, slack = world
    tid = seed_ticket(zendesk)
    client = slack_app.test_client()

    resp = escalate(client, auth, ticket_id=tid, kind="team",
                    note="Has anyone seen frontend crash-loops after a chart upgrade?")

    assert resp.status_code == 201, resp.get_json()
    data = resp.get_json()
    assert data["kind"] == "team" and data["issue"] is None
    [message] = slack.messages(SUPPORT)
    text = message["text"]
    assert f"/agent/tickets/{tid}" in text and "Frontend pods crash-loop" in text
    assert "Known:" in text and "Missing:" in text and "chart upgrade" in text
    assert data["slack"]["posted"] is True and data["slack"]["channel"] == SUPPORT
    assert github.count("POST", ISSUES) == 0 and github.issues(DEFAULT_REPO) == []
    [note] = zendesk.notes(tid)
    assert "Asked the support team first" in note and data["slack"]["permalink"] in note
    [row] = rows()
    assert (row.kind, row.state, row.issue_number) == ("team", "linked", None)

    again = escalate(client, auth, ticket_id=tid, kind="team")
    assert again.status_code == 200 and len(slack.messages(SUPPORT)) == 1


def test_ask_engineering_posts_in_the_owning_channel_without_an_issue(
    slack_app: Flask, world: Any, auth: dict[str, str]
) -> None:
    github, zendesk, slack = world
    tid = seed_ticket(zendesk)

    data = escalate(slack_app.test_client(), auth, ticket_id=tid, kind="ask", team="release",
                    priority="se/p1", timeline="their upgrade window closes Friday 18:00 UTC",
                    note="@release-team @here is the new chart known to break probes?").get_json()

    [message] = slack.messages("#discuss-releases")
    assert message["text"].startswith("<!subteam^") and "no RFH filed" in message["text"]
    # Step 5: the hand-off says how urgent it is and by when.
    assert "Urgency: se/p1; timeline: their upgrade window closes Friday 18:00 UTC" in (
        message["text"])
    # Only the handbook's handle pings: the agent's words cannot mention a group or @here.
    assert message["text"].count("<!subteam^") == 1 and "\u200bhere" in message["text"]
    assert data["slack"]["handle"] == "@release-team" and data["slack"]["posted"] is True
    assert github.count("POST", ISSUES) == 0
    assert [r.kind for r in rows()] == ["ask"]


def test_an_ask_slack_refuses_is_an_error_the_agent_can_act_on(
    slack_app: Flask, world: Any, auth: dict[str, str]
) -> None:
    _, zendesk, slack = world
    tid = seed_ticket(zendesk)
    client = slack_app.test_client()

    resp = escalate(client, auth, ticket_id=tid, kind="ask", team="cody")

    error = assert_error_shape(resp, 502, "slack_refused")
    assert "#discuss-cody" in error["message"] and "routing.yaml" in error["message"]
    [row] = rows()
    assert (row.state, row.slack_state) == ("failed", "failed")
    slack.add_channel("#discuss-cody")
    again = escalate(client, auth, ticket_id=tid, kind="ask", team="cody")
    assert again.status_code == 200 and again.get_json()["slack"]["posted"] is True
    assert len(slack.messages("#discuss-cody")) == 1


def test_ask_my_team_is_not_for_defects(
    slack_app: Flask, world: Any, auth: dict[str, str]
) -> None:
    github, zendesk, slack = world
    github.add_repo("acme/public-tracker", labels=["bug"])
    tid = seed_ticket(zendesk, description="The search page crashes on a long query.")
    client = slack_app.test_client()
    assert escalate(client, auth, ticket_id=tid, kind="defect").status_code == 201

    resp = escalate(client, auth, ticket_id=tid, kind="team")

    assert_error_shape(resp, 422, "team_ask_not_for_defects")
    assert slack.messages(SUPPORT) == []


def test_an_ask_without_slack_is_recorded_with_the_text_to_copy(
    make_app: Callable[..., Flask], world: Any, auth: dict[str, str]
) -> None:
    github, zendesk, slack = world
    app = make_app(**settings_for(github, zendesk))
    tid = seed_ticket(zendesk)

    data = escalate(app.test_client(), auth, ticket_id=tid, kind="team").get_json()

    assert data["slack"]["posted"] is False and data["slack"]["state"] is None
    assert "SLACK_BOT_TOKEN" in data["message"] and data["slack"]["text"]
    assert slack.requests == [] and [r.kind for r in rows()] == ["team"]


def test_a_post_cut_off_mid_call_is_marked_unconfirmed_not_repeated(
    slack_app: Flask, world: Any, auth: dict[str, str]
) -> None:
    _, zendesk, slack = world
    held_back_rfh(slack_app, world, auth)
    [row] = rows()
    # A worker died after recording 'posting' and before Slack's answer came back.
    with db.transaction() as session:
        session.get(Escalation, row.id).slack_state = "posting"
    calls = slack.count("POST", "/api/chat.postMessage")

    assert post_pending(slack_app.config["SETTINGS"]) == 0

    [row] = rows()
    assert row.slack_state == "unconfirmed" and "Look in the channel" in (row.slack_error or "")
    assert slack.count("POST", "/api/chat.postMessage") == calls


# ------------------------------------------------------------ a hand-off that outlives a failure


def test_an_rfh_finished_by_the_retry_command_still_gets_its_hand_off(
    slack_app: Flask, world: Any, auth: dict[str, str]
) -> None:
    github, zendesk, slack = world
    tid = seed_ticket(zendesk)
    github.fail("POST", ISSUES, 502, times=2)  # the create and its one retry

    first = escalate(slack_app.test_client(), auth, ticket_id=tid, team="release",
                     timeline="by Friday: their upgrade window closes")

    assert_error_shape(first, 503, "github_unavailable")
    [row] = rows()
    assert (row.state, row.slack_state) == ("pending", "awaiting")
    assert "by Friday" in (row.slack_text or "") and slack.all_messages() == []
    assert post_pending(slack_app.config["SETTINGS"]) == 0  # nothing goes out without the issue

    # The retry command reads no ticket: the hand-off composed before the failure is posted.
    result = slack_app.test_cli_runner().invoke(args=["escalations", "retry"])

    assert result.exit_code == 0, result.output
    [issue] = github.issues(DEFAULT_REPO)
    [message] = slack.messages("#discuss-releases")
    assert issue["html_url"] in message["text"] and "by Friday" in message["text"]
    assert "appears here once it is filed" not in message["text"]
    [row] = rows()
    assert (row.state, row.slack_state, row.slack_ts) == ("linked", "posted", message["ts"])
    [note] = zendesk.notes(tid)
    assert row.slack_permalink and row.slack_permalink in note


def test_a_retry_asking_for_another_team_keeps_issue_ticket_and_hand_off_together(
    slack_app: Flask, world: Any, auth: dict[str, str]
) -> None:
    github, zendesk, slack = world
    tid = seed_ticket(zendesk)
    slack.add_channel("#discuss-cody")
    github.fail("POST", ISSUES, 502, times=2)
    client = slack_app.test_client()
    assert escalate(client, auth, ticket_id=tid, team="release").status_code == 503

    again = escalate(client, auth, ticket_id=tid, team="cody", priority="se/p1")

    assert again.status_code == 201, again.get_json()
    data = again.get_json()
    [issue] = github.issues(DEFAULT_REPO)
    assert "team/release" in [label["name"] for label in issue["labels"]]
    assert data["team"] == "release"
    assert zendesk.custom_field(tid, TEAM_FIELD) == "release"
    [message] = slack.messages("#discuss-releases")
    assert issue["html_url"] in message["text"]
    assert slack.messages("#discuss-cody") == []
    assert any("started earlier for release" in w for w in data["warnings"])


def test_an_ask_whose_ticket_note_zendesk_refused_says_so_and_the_next_click_adds_it(
    slack_app: Flask, world: Any, auth: dict[str, str]
) -> None:
    _, zendesk, slack = world
    tid = seed_ticket(zendesk)
    zendesk.fail("PUT", f"/api/v2/tickets/{tid}.json", 503)
    client = slack_app.test_client()

    first = escalate(client, auth, ticket_id=tid, kind="team", note="Seen this before?")

    assert first.status_code == 201, first.get_json()
    data = first.get_json()
    assert data["slack"]["posted"] is True and data["ticket_updated"] is False
    assert any("note could not be added" in w for w in data["warnings"])
    assert zendesk.notes(tid) == []

    again = escalate(client, auth, ticket_id=tid, kind="team")

    assert again.status_code == 200
    assert again.get_json()["ticket_updated"] is True and again.get_json()["warnings"] == []
    [note] = zendesk.notes(tid)
    assert "Asked the support team first" in note
    assert len(slack.messages(SUPPORT)) == 1
    escalate(client, auth, ticket_id=tid, kind="team")
    assert len(zendesk.notes(tid)) == 1


def test_a_late_posts_note_zendesk_refuses_is_owed_and_added_on_the_next_round(
    slack_app: Flask, world: Any, auth: dict[str, str]
) -> None:
    _, zendesk, slack = world
    tid = held_back_rfh(slack_app, world, auth)
    notes_before = len(zendesk.notes(tid))  # the link note, without a permalink yet
    zendesk.too_many_requests("PUT", f"/api/v2/tickets/{tid}.json", retry_after=60)
    settings = slack_app.config["SETTINGS"]

    assert post_pending(settings) == 1

    [row] = rows()
    assert (row.slack_state, row.slack_note_due) == ("posted", True)
    assert len(zendesk.notes(tid)) == notes_before

    assert post_pending(settings) == 0  # nothing to post: the owed note is added

    [row] = rows()
    assert row.slack_note_due is False
    assert len(zendesk.notes(tid)) == notes_before + 1
    assert row.slack_permalink and row.slack_permalink in zendesk.notes(tid)[-1]
    post_pending(settings)
    assert len(zendesk.notes(tid)) == notes_before + 1 and len(slack.all_messages()) == 1


def test_an_owed_note_whose_answer_was_lost_is_not_added_twice(
    slack_app: Flask, world: Any, auth: dict[str, str]
) -> None:
    _, zendesk, slack = world
    tid = held_back_rfh(slack_app, world, auth)
    notes_before = len(zendesk.notes(tid))
    # Zendesk adds the note after our client stopped waiting (3 s): no answer, but a note.
    zendesk.delay("PUT", f"/api/v2/tickets/{tid}.json", 4)
    settings = slack_app.config["SETTINGS"]
    assert post_pending(settings) == 1
    assert rows()[0].slack_note_due is True
    wait_until(lambda: len(zendesk.notes(tid)) > notes_before)

    post_pending(settings)

    assert rows()[0].slack_note_due is False
    assert len(zendesk.notes(tid)) == notes_before + 1


def test_a_hand_off_whose_issue_a_process_without_slack_filed_is_posted_by_the_worker(
    make_app: Callable[..., Flask], slack_app: Flask, world: Any, auth: dict[str, str]
) -> None:
    github, zendesk, slack = world
    tid = seed_ticket(zendesk)
    github.fail("POST", ISSUES, 502, times=2)
    assert escalate(slack_app.test_client(), auth, ticket_id=tid,
                    team="release").status_code == 503
    # The operator's shell has no SLACK_BOT_TOKEN: the retry files and links, and cannot post.
    shell = make_app(**settings_for(github, zendesk))
    result = shell.test_cli_runner().invoke(args=["escalations", "retry"])
    assert result.exit_code == 0, result.output
    [row] = rows()
    assert (row.state, row.slack_state) == ("linked", "awaiting") and row.issue_url
    assert slack.all_messages() == []

    assert post_pending(slack_app.config["SETTINGS"]) == 1

    [message] = slack.messages("#discuss-releases")
    assert row.issue_url in message["text"]
    assert rows()[0].slack_state == "posted"


@pytest.mark.parametrize(("status", "owed"), [(404, False), (401, True)])
def test_an_owed_note_is_dropped_only_when_the_ticket_can_never_take_it(
    slack_app: Flask, world: Any, auth: dict[str, str], status: int, owed: bool
) -> None:
    _, zendesk, slack = world
    tid = held_back_rfh(slack_app, world, auth)
    zendesk.fail("PUT", f"/api/v2/tickets/{tid}.json", status, times=None)

    assert post_pending(slack_app.config["SETTINGS"]) == 1

    [row] = rows()
    assert row.slack_state == "posted" and row.slack_note_due is owed


def test_an_ask_note_whose_answer_was_lost_is_not_added_again(
    slack_app: Flask, world: Any, auth: dict[str, str]
) -> None:
    _, zendesk, slack = world
    tid = seed_ticket(zendesk)
    # Zendesk writes the note after our client stopped waiting (3 s): no answer, but a note.
    zendesk.delay("PUT", f"/api/v2/tickets/{tid}.json", 4)
    client = slack_app.test_client()
    first = escalate(client, auth, ticket_id=tid, kind="team", note="Seen this before?")
    assert any("note could not be added" in w for w in first.get_json()["warnings"])
    wait_until(lambda: bool(zendesk.notes(tid)))

    again = escalate(client, auth, ticket_id=tid, kind="team")

    assert again.status_code == 200 and again.get_json()["ticket_updated"] is True
    assert len(zendesk.notes(tid)) == 1 and len(slack.messages(SUPPORT)) == 1


def test_a_worker_round_that_fails_unexpectedly_releases_the_row(
    slack_app: Flask, world: Any, auth: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, zendesk, _ = world
    tid = held_back_rfh(slack_app, world, auth)
    zendesk.fail("PUT", f"/api/v2/tickets/{tid}.json", 401, times=None)
    settings = slack_app.config["SETTINGS"]
    post_pending(settings)
    assert rows()[0].slack_note_due is True

    def broken(*_: Any) -> None:
        raise RuntimeError("a bug in the round")

    monkeypatch.setattr(late_posts, "note_late_post", broken)
    with pytest.raises(RuntimeError):
        post_pending(settings)

    [row] = rows()
    assert row.lease_until is None and row.slack_note_due is True  # free for the next round
