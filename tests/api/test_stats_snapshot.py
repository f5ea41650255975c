"""GET /api/v1/stats reads one moment: a suggestion recorded mid-request changes no figure of it."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any

from backend.insights import queries
from tests.api.test_stats import FIRST_DAY, LAST_DAY, History, expected, make_history, store
from tests.api.test_stats_asks import expected_weeks

URL = f"/api/v1/stats?from={FIRST_DAY}&to={LAST_DAY}&bucket=week"


def _late_suggestion() -> History:
    """One new ticket, inside the range, recorded while the figures are being read."""
    at = datetime.combine(FIRST_DAY + timedelta(days=4), time(12), tzinfo=UTC)
    return History(suggestions=[{"ticket_id": 99_001, "created_at": at, "team": "cloud",
                                 "priority": "se/p1", "confidence": 0.7, "model_version": 1}])


def test_a_commit_between_two_queries_changes_no_figure_of_the_answer(
        database_url: str, client: Any, auth: dict[str, str], monkeypatch: Any) -> None:
    history = make_history()
    store(database_url, history)
    exp = expected(history)
    tickets, weekly = exp["tickets"], [w["tickets"] for w in expected_weeks(history)]
    read_escalations = queries.escalations_by_day
    committed: list[bool] = []

    def commit_first(*args: Any, **kwargs: Any) -> Any:
        # The totals' tickets are read already; the weekly table's are read after this.
        if not committed:
            store(database_url, _late_suggestion())
            committed.append(True)
        return read_escalations(*args, **kwargs)

    monkeypatch.setattr(queries, "escalations_by_day", commit_first)
    body = client.get(URL, headers=auth).get_json()

    assert committed == [True]
    assert body["totals"]["tickets"] == tickets
    assert [w["tickets"] for w in body["weekly_asks"]] == weekly
    assert [b["tickets"] for b in body["buckets"]] == [w["tickets"] for w in exp["weeks"].values()]

    # The row did land: the next answer counts it everywhere.
    after = client.get(URL, headers=auth).get_json()
    assert after["totals"]["tickets"] == tickets + 1
    assert [w["tickets"] for w in after["weekly_asks"]] == [weekly[0] + 1, *weekly[1:]]
