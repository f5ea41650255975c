"""Exactly once and nothing lost: concurrency, GitHub and Zendesk faults, the retry command."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
import requests
from flask import Flask
from werkzeug.serving import make_server

from backend.db import db
from backend.models import Escalation, utcnow
from tests.conftest import assert_error_shape, wait_until
from tests.fakes.github import DEFAULT_REPO, GitHubFake
from tests.fakes.zendesk import ZendeskFake
from tests.integration.test_escalation import (
    ISSUES,
    escalate,
    fakes,
    rows,
    seed_ticket,
    settings_for,
)

Fakes = tuple[GitHubFake, ZendeskFake]
__all__ = ["fakes"]  # the fixture, shared with test_escalation


def serve(app: Flask) -> Iterator[str]:
    """Run the app on a real threaded HTTP server; yields its base URL."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=5)


def escalate_concurrently(base: str, auth: dict[str, str], ticket_id: int,
                          n: int = 20) -> list[requests.Response]:
    """n clients press Escalate for the same ticket at the same moment."""
    barrier = threading.Barrier(n)
    answers: list[requests.Response] = []
    lock = threading.Lock()

    def click() -> None:
        barrier.wait()
        resp = requests.post(f"{base}/api/v1/escalations", json={"ticket_id": ticket_id},
                             headers=auth, timeout=60)
        with lock:
            answers.append(resp)

    threads = [threading.Thread(target=click) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    return answers


def assert_one_issue_for_all(answers: list[requests.Response], github: GitHubFake) -> None:
    """Every caller saw the one issue; exactly one was created."""
    assert len(answers) == 20
    assert all(a.status_code in (200, 201) for a in answers), [a.text[:300] for a in answers]
    bodies = [a.json() for a in answers]
    assert sorted(b["status"] for b in bodies).count("created") == 1
    assert {b["issue"]["number"] for b in bodies} == {1}
    assert len(github.issues(DEFAULT_REPO)) == 1
    assert github.count("POST", ISSUES) == 1


def test_twenty_concurrent_escalations_create_one_issue(
    make_app: Callable[..., Flask], fakes: Fakes, auth: dict[str, str]
) -> None:
    github, zendesk = fakes
    tid = seed_ticket(zendesk)
    github.delay("POST", ISSUES, 0.3)  # keep the first caller in flight while the others arrive
    app = make_app(**settings_for(github, zendesk, escalation_wait_seconds=20))
    app.extensions["live_model"].router()  # load the model before the stampede

    answers: list[requests.Response] = []
    for base in serve(app):
        answers = escalate_concurrently(base, auth, tid)

    assert_one_issue_for_all(answers, github)
    assert len(zendesk.notes(tid)) == 1
    assert [r.state for r in rows()] == ["linked"]


# ------------------------------------------------------------------------- GitHub faults


def test_github_502_once_then_one_issue(
    make_app: Callable[..., Flask], fakes: Fakes, auth: dict[str, str]
) -> None:
    github, zendesk = fakes
    github.fail("POST", ISSUES, 502)
    tid = seed_ticket(zendesk)

    resp = escalate(make_app(**settings_for(github, zendesk)).test_client(), auth, ticket_id=tid)

    assert resp.status_code == 201, resp.get_json()
    assert len(github.issues(DEFAULT_REPO)) == 1
    # The retry came only after the marker search found nothing.
    sent = [f"{r.method} {r.path}" for r in github.requests if r.path == ISSUES]
    assert sent == [f"POST {ISSUES}", f"GET {ISSUES}", f"POST {ISSUES}"]


def test_created_but_connection_dropped_is_adopted_by_marker(
    make_app: Callable[..., Flask], fakes: Fakes, auth: dict[str, str]
) -> None:
    github, zendesk = fakes
    github.create_then_drop(DEFAULT_REPO)
    tid = seed_ticket(zendesk)

    resp = escalate(make_app(**settings_for(github, zendesk)).test_client(), auth, ticket_id=tid)

    assert resp.status_code == 201, resp.get_json()
    [issue] = github.issues(DEFAULT_REPO)
    assert github.count("POST", ISSUES) == 1
    assert resp.get_json()["issue"]["number"] == issue["number"]
    assert resp.get_json()["ticket_updated"] is True


def test_rate_limit_reset_within_the_bound_is_waited_out(
    make_app: Callable[..., Flask], fakes: Fakes, auth: dict[str, str]
) -> None:
    github, zendesk = fakes
    github.rate_limit_exceeded("POST", ISSUES, reset_in=0.5)
    tid = seed_ticket(zendesk)

    resp = escalate(make_app(**settings_for(github, zendesk)).test_client(), auth, ticket_id=tid)

    assert resp.status_code == 201, resp.get_json()
    assert len(github.issues(DEFAULT_REPO)) == 1 and github.count("POST", ISSUES) == 2


@pytest.mark.parametrize("limit", ["403-reset", "429-retry-after"])
def test_rate_limit_past_the_bound_is_503_and_the_retry_files_once(
    make_app: Callable[..., Flask], fakes: Fakes, auth: dict[str, str], limit: str
) -> None:
    github, zendesk = fakes
    if limit == "403-reset":
        github.rate_limit_exceeded("POST", ISSUES, reset_in=120)
    else:
        github.too_many_requests("POST", ISSUES, retry_after=90)
    tid = seed_ticket(zendesk)
    client = make_app(**settings_for(github, zendesk)).test_client()

    first = escalate(client, auth, ticket_id=tid)

    error = assert_error_shape(first, 503, "github_rate_limited")
    assert 80 <= int(first.headers["Retry-After"]) <= 125
    assert "never files it twice" in error["message"]
    [row] = rows()
    assert (row.state, row.lease_until, row.issue_number) == ("pending", None, None)
    assert github.issues(DEFAULT_REPO) == []

    second = escalate(client, auth, ticket_id=tid)  # the limit has passed (fault used up)

    assert second.status_code == 201, second.get_json()
    assert len(github.issues(DEFAULT_REPO)) == 1
    assert github.count("GET", ISSUES) == 1  # looked for the marker before creating


# ------------------------------------------------------------------------ Zendesk faults


def test_zendesk_429_within_budget_is_waited_out(
    make_app: Callable[..., Flask], fakes: Fakes, auth: dict[str, str]
) -> None:
    github, zendesk = fakes
    tid = seed_ticket(zendesk)
    zendesk.too_many_requests("PUT", f"/api/v2/tickets/{tid}.json", retry_after=1)

    resp = escalate(make_app(**settings_for(github, zendesk)).test_client(), auth, ticket_id=tid)

    assert resp.status_code == 201 and resp.get_json()["ticket_updated"] is True
    assert len(zendesk.notes(tid)) == 1


def test_zendesk_429_on_the_note_then_retry_command_completes_the_link(
    make_app: Callable[..., Flask], fakes: Fakes, auth: dict[str, str]
) -> None:
    github, zendesk = fakes
    tid = seed_ticket(zendesk)
    zendesk.too_many_requests("PUT", f"/api/v2/tickets/{tid}.json", retry_after=60)
    app = make_app(**settings_for(github, zendesk))

    resp = escalate(app.test_client(), auth, ticket_id=tid)

    assert resp.status_code == 201
    data = resp.get_json()
    assert data["ticket_updated"] is False and data["issue"]["number"] == 1
    assert any("rate limit" in w for w in data["warnings"])
    assert zendesk.notes(tid) == []
    assert rows()[0].state == "created"

    result = app.test_cli_runner().invoke(args=["escalations", "retry"])

    assert result.exit_code == 0, result.output
    assert "linked on the ticket" in result.output
    assert len(github.issues(DEFAULT_REPO)) == 1 and github.count("POST", ISSUES) == 1
    assert len(zendesk.notes(tid)) == 1 and "rfh_1" in zendesk.ticket_tags(tid)
    assert rows()[0].state == "linked"
    listed = app.test_cli_runner().invoke(args=["escalations", "list"])
    assert "state=linked" in listed.output


def test_zendesk_500_on_the_note_then_the_same_call_completes_the_link(
    make_app: Callable[..., Flask], fakes: Fakes, auth: dict[str, str]
) -> None:
    github, zendesk = fakes
    tid = seed_ticket(zendesk)
    zendesk.fail("PUT", f"/api/v2/tickets/{tid}.json", 500)
    client = make_app(**settings_for(github, zendesk)).test_client()

    first = escalate(client, auth, ticket_id=tid)
    second = escalate(client, auth, ticket_id=tid)

    assert first.status_code == 201 and first.get_json()["ticket_updated"] is False
    assert second.status_code == 200 and second.get_json()["status"] == "existing"
    assert second.get_json()["ticket_updated"] is True
    assert second.get_json()["issue"]["number"] == first.get_json()["issue"]["number"]
    assert len(github.issues(DEFAULT_REPO)) == 1
    assert len(zendesk.notes(tid)) == 1
    assert zendesk.custom_field(tid, 360000111) == first.get_json()["team"]


def test_zendesk_429_reading_the_ticket_is_503_and_nothing_recorded(
    make_app: Callable[..., Flask], fakes: Fakes, auth: dict[str, str]
) -> None:
    github, zendesk = fakes
    tid = seed_ticket(zendesk)
    zendesk.too_many_requests("GET", f"/api/v2/tickets/{tid}.json", retry_after=45)

    resp = escalate(make_app(**settings_for(github, zendesk)).test_client(), auth, ticket_id=tid)

    assert_error_shape(resp, 503, "zendesk_rate_limited")
    assert resp.headers["Retry-After"] == "45"
    assert rows() == [] and github.issues(DEFAULT_REPO) == []


@pytest.mark.parametrize("search", ["answers", "fails"])
def test_a_create_github_left_unanswered_is_not_filed_again_while_it_may_still_land(
    make_app: Callable[..., Flask], fakes: Fakes, auth: dict[str, str], search: str
) -> None:
    github, zendesk = fakes
    tid = seed_ticket(zendesk)
    # GitHub takes 8 s to file it: our client gives up at 3 s, GitHub files it all the same.
    github.delay("POST", ISSUES, 8)
    if search == "fails":  # and the search for it right after fails as well
        github.fail("GET", ISSUES, 500)
    client = make_app(**settings_for(github, zendesk)).test_client()

    first = escalate(client, auth, ticket_id=tid)

    assert first.status_code == 503, first.get_json()
    assert github.issues(DEFAULT_REPO) == []  # not filed yet: the marker search finds nothing

    second = escalate(client, auth, ticket_id=tid)  # the agent clicks again at once

    error = assert_error_shape(second, 503, "github_unconfirmed")
    assert "may still be filing it" in error["message"]
    assert 30 <= int(second.headers["Retry-After"]) <= 60
    assert github.count("POST", ISSUES) == 1

    wait_until(lambda: bool(github.issues(DEFAULT_REPO)))  # GitHub has filed it now
    third = escalate(client, auth, ticket_id=tid)

    assert third.status_code == 201, third.get_json()
    [issue] = github.issues(DEFAULT_REPO)
    assert third.get_json()["issue"]["number"] == issue["number"]
    assert github.count("POST", ISSUES) == 1 and rows()[0].github_unsure_until is None


def test_once_the_unanswered_create_has_settled_a_retry_files_it(
    make_app: Callable[..., Flask], fakes: Fakes, auth: dict[str, str]
) -> None:
    github, zendesk = fakes
    tid = seed_ticket(zendesk)
    github.drop_connection("POST", ISSUES, after_processing=False)  # GitHub never got to it
    app = make_app(**settings_for(github, zendesk))
    assert escalate(app.test_client(), auth, ticket_id=tid).status_code == 503
    result = app.test_cli_runner().invoke(args=["escalations", "retry"])
    assert result.exit_code == 1 and "github_unconfirmed" in result.output
    with db.transaction() as session:  # the settle time has passed
        session.get(Escalation, rows()[0].id).github_unsure_until = utcnow() - timedelta(seconds=1)

    result = app.test_cli_runner().invoke(args=["escalations", "retry"])

    assert result.exit_code == 0, result.output
    assert len(github.issues(DEFAULT_REPO)) == 1 and github.count("POST", ISSUES) == 2
    assert rows()[0].state == "linked"


def test_a_link_whose_answer_was_lost_is_not_noted_twice(
    make_app: Callable[..., Flask], fakes: Fakes, auth: dict[str, str]
) -> None:
    github, zendesk = fakes
    tid = seed_ticket(zendesk)
    # Zendesk applies the update after our client gave up waiting (3 s): no answer, but a note.
    zendesk.delay("PUT", f"/api/v2/tickets/{tid}.json", 4)
    client = make_app(**settings_for(github, zendesk)).test_client()

    first = escalate(client, auth, ticket_id=tid)

    assert first.status_code == 201 and first.get_json()["ticket_updated"] is False
    wait_until(lambda: len(zendesk.notes(tid)) == 1)  # Zendesk has finished the update

    again = escalate(client, auth, ticket_id=tid)

    assert again.status_code == 200 and again.get_json()["ticket_updated"] is True
    assert len(zendesk.notes(tid)) == 1 and rows()[0].state == "linked"
    assert zendesk.count("PUT", f"/api/v2/tickets/{tid}.json") == 1
