"""One agent's corrections faster than anyone reads tickets hold a retrain back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from backend.learning.bursts import BURST_SIZE, BURST_WINDOW, bursts
from backend.models import Feedback

T0 = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def _rows(agent: str, n: int, every: timedelta, first_id: int = 1, start: datetime = T0,
          team: str = "release", source: str = "sidebar") -> list[Feedback]:
    return [Feedback(id=first_id + i, ticket_id=first_id + i, agent=agent, source=source,
                     team=team, priority="se/p3", suggested_team="cody",
                     suggested_priority="se/p3", created_at=start + i * every)
            for i in range(n)]


def test_fifty_corrections_in_five_seconds_are_a_burst() -> None:
    [burst] = bursts(_rows("mallory", 50, timedelta(milliseconds=100)), after_id=0)
    assert (burst.agent, burst.count) == ("mallory", 50)
    assert burst.describe().startswith("mallory made 50 corrections in 5 s from 2026-12-07 09:00")


def test_a_human_pace_is_no_burst() -> None:
    # One correction every ten seconds: BURST_SIZE of them span more than the window.
    pace = BURST_WINDOW / (BURST_SIZE - 1) * 1.2
    assert bursts(_rows("alice", 200, pace), after_id=0) == []


def test_only_rows_the_live_model_has_not_learned_and_only_overrides_count() -> None:
    rows = _rows("mallory", 50, timedelta(seconds=1))
    assert bursts(rows, after_id=40) == []  # ten new ones
    confirmations = _rows("bob", 50, timedelta(seconds=1), first_id=100, team="cody")
    assert bursts(confirmations, after_id=0) == []  # agreeing is not correcting
    imported = _rows("bob", 50, timedelta(seconds=1), first_id=200, source="import")
    assert bursts(imported, after_id=0) == []


def test_a_tickets_team_and_priority_rows_count_once() -> None:
    rows = []
    for i in range(BURST_SIZE - 1):  # each ticket: a team change, then a priority change
        for j, priority in enumerate(("se/p3", "se/p1")):
            rows.append(Feedback(id=2 * i + j + 1, ticket_id=500 + i, agent="carol",
                                 source="sidebar", team="release", priority=priority,
                                 suggested_team="cody", suggested_priority="se/p3",
                                 created_at=T0 + timedelta(seconds=3 * i + j)))
    assert bursts(rows, after_id=0) == []
