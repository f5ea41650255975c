"""An operator takes a bad burst of corrections out of learning, and puts it back."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from backend.learning.exclusions import ExclusionError, Selection, exclude, include
from backend.learning.feedback import count_after, feedback_up_to
from backend.models import Feedback
from tests.unit.test_learning_memory import NEAR, TICKET  # a Cody ticket and its near twin


def _team_of(client, auth, ticket) -> str:
    r = client.post("/api/v1/suggestions", json={"ticket": ticket}, headers=auth)
    assert r.status_code == 200, r.get_json()
    return str(r.get_json()["team"]["key"])


def _eventually(check, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_excluding_an_agents_burst_takes_it_out_of_memory_and_including_puts_it_back(
        make_app, token):
    app = make_app(model_poll_seconds=0.05)
    client = app.test_client()
    agent = {"Authorization": f"Bearer {token()}"}
    mallory = {"Authorization": f"Bearer {token(name='mallory')}"}
    assert _team_of(client, agent, NEAR) == "cody"
    r = client.post("/api/v1/feedback", headers=mallory,
                    json={"ticket": TICKET, "team": "release", "priority": "se/p3"})
    assert r.status_code == 201, r.get_json()
    assert _eventually(lambda: _team_of(client, agent, NEAR) == "release")
    # Another agent's later choice: the excluded row is not the newest the memory has read
    # (the cached answer must still be dropped: the memory's state counts its rebuilds).
    r = client.post("/api/v1/feedback", headers=agent, json={
        "ticket": {"id": 6199, "subject": "helm upgrade fails", "description": "migrator pod "
                   "crashloops after the 5.3 upgrade"}, "team": "release", "priority": "se/p2"})
    assert r.status_code == 201, r.get_json()
    assert _team_of(client, agent, NEAR) == "release"

    runner = app.test_cli_runner()
    out = runner.invoke(args=["feedback", "exclude", "--agent", "mallory",
                              "--reason", "labelled Cody tickets as Release by mistake"])
    assert out.exit_code == 0, out.output
    assert out.output.startswith("1 choice(s) excluded")
    assert _eventually(lambda: _team_of(client, agent, NEAR) == "cody")

    out = runner.invoke(args=["feedback", "include", "--agent", "mallory"])
    assert out.exit_code == 0 and out.output.startswith("1 choice(s) back"), out.output
    assert _eventually(lambda: _team_of(client, agent, NEAR) == "release")


def _rows(session, now: datetime) -> None:
    for i, (agent, age) in enumerate([("mallory", 1), ("mallory", 30), ("alice", 1)]):
        session.add(Feedback(ticket_id=7000 + i, team="release", priority="se/p3",
                             suggested_team="cody", suggested_priority="se/p3", agent=agent,
                             source="sidebar", created_at=now - timedelta(hours=age)))


def test_an_exclusion_selects_by_agent_and_time_and_retraining_skips_it(make_app):
    app = make_app()
    now = datetime.now(UTC)
    with app.app_context():
        from backend.db import db
        with db.transaction() as session:
            _rows(session, now)
        with db.transaction() as session:
            excluded = exclude(session, Selection(agent="mallory", since=now - timedelta(hours=2)),
                               "  a burst \n of wrong labels ", now)
        with db.transaction() as session:
            kept = {r.ticket_id for r in feedback_up_to(session)}
            assert excluded == 1 and kept == {7001, 7002}
            assert count_after(session, 0) == 2
            row = session.query(Feedback).filter_by(ticket_id=7000).one()
            assert row.excluded_reason == "a burst of wrong labels"  # kept, one line
        with db.transaction() as session:
            assert include(session, Selection(ticket_id=7000)) == 1
            assert len(feedback_up_to(session)) == 3


@pytest.mark.parametrize(("selection", "reason"), [
    (Selection(since=datetime(2026, 1, 1, tzinfo=UTC)), "why"),  # a range alone is everyone
    (Selection(agent="mallory"), "   "),  # no reason
])
def test_an_exclusion_of_everyone_or_without_a_reason_is_refused(make_app, selection, reason):
    app = make_app()
    with app.app_context(), pytest.raises(ExclusionError):
        from backend.db import db
        with db.transaction() as session:
            exclude(session, selection, reason, datetime.now(UTC))


def test_the_cli_refuses_an_exclusion_without_an_agent_or_a_ticket(make_app):
    out = make_app().test_cli_runner().invoke(
        args=["feedback", "exclude", "--since", "2026-01-01", "--reason", "x"])
    assert out.exit_code == 2 and "name an agent or a ticket" in out.output


def test_agents_lists_each_agents_choices_overrides_and_exclusions(make_app):
    app = make_app()
    now = datetime.now(UTC)
    with app.app_context():
        from backend.db import db
        with db.transaction() as session:
            _rows(session, now)
            exclude(session, Selection(agent="alice"), "test", now)
    out = app.test_cli_runner().invoke(args=["feedback", "agents", "--days", "7"])
    assert out.exit_code == 0, out.output
    lines = {line.split("│")[1].strip(): [c.strip() for c in line.split("│")[2:5]]
             for line in out.output.splitlines() if line.count("│") >= 5}
    assert lines["mallory"] == ["2", "2", "0"] and lines["alice"] == ["1", "1", "1"]
