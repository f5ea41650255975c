"""The weekly asks table of GET /api/v1/stats against figures counted here from a seeded history."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

from tests.api.test_stats import (
    FIRST_DAY,
    LAST_DAY,
    TEAMS,
    History,
    _in_range,
    _monday,
    make_history,
    store,
)

ASK_STATES = ["linked", "linked", "linked", "failed", "pending"]


def with_asks(h: History, seed: int = 11) -> History:
    """Add team asks (some followed by an engineering ask or RFH) and engineering asks."""
    rng = random.Random(seed)
    tickets = sorted({s["ticket_id"] for s in h.suggestions if s["ticket_id"] is not None})
    for ticket in tickets:
        first = min(s["created_at"] for s in h.suggestions if s["ticket_id"] == ticket)
        if rng.random() < 0.35:
            h.escalations.append(_ask(ticket, "team", first + timedelta(hours=rng.uniform(-2, 30)),
                                      rng))
        if rng.random() < 0.2:
            h.escalations.append(_ask(ticket, "ask", first + timedelta(hours=rng.uniform(-5, 90)),
                                      rng))
    return h


def _ask(ticket: int, kind: str, at: Any, rng: random.Random) -> dict[str, Any]:
    return {"ticket_id": ticket, "kind": kind, "state": rng.choice(ASK_STATES), "created_at": at,
            "team": rng.choice(TEAMS), "priority": "se/p2", "customer": None,
            "docs_update": False, "issue_state": "none", "issue_number": None}


def counted(e: dict[str, Any]) -> bool:
    """Asks count when recorded to the end, RFHs when filed."""
    return e["state"] == "linked" if e["kind"] in ("team", "ask") else \
        e["state"] in ("created", "linked")


def expected_weeks(h: History) -> list[dict[str, Any]]:
    """The table, counted with plain loops over the history."""
    out = []
    for w in range(8):
        monday = FIRST_DAY + timedelta(weeks=w)

        def this_week(at: Any, monday: date = monday) -> bool:
            return _in_range(at) and _monday(at.date()) == monday

        tickets = {s["ticket_id"] for s in h.suggestions
                   if s["ticket_id"] is not None and this_week(s["created_at"])}
        mine = [e for e in h.escalations if counted(e) and this_week(e["created_at"])]
        team = [e for e in mine if e["kind"] == "team"]
        needing = [t for t in team if any(
            e["ticket_id"] == t["ticket_id"] and e["kind"] in ("ask", "rfh") and counted(e)
            and e["created_at"] >= t["created_at"] for e in h.escalations)]
        reached = {e["ticket_id"] for e in mine if e["kind"] in ("ask", "rfh")}
        out.append({"week": monday.isoformat(), "tickets": len(tickets), "team_asks": len(team),
                    "team_asks_needing_engineering": len(needing),
                    "engineering_asks": sum(1 for e in mine if e["kind"] == "ask"),
                    "rfhs": sum(1 for e in mine if e["kind"] == "rfh"),
                    "reached_engineering": len(reached),
                    "engineering_rate": len(reached) / len(tickets) if tickets else None,
                    "goal": 0.10})
    return out


def test_weekly_asks_match_independently_counted_history(database_url, client, auth):
    history = with_asks(make_history())
    store(database_url, history)
    want = expected_weeks(history)
    # The history is rich enough for every column to mean something.
    assert sum(w["team_asks"] for w in want) > 5 and sum(w["engineering_asks"] for w in want) > 3
    assert 0 < sum(w["team_asks_needing_engineering"] for w in want) < sum(
        w["team_asks"] for w in want)

    body = client.get(f"/api/v1/stats?from={FIRST_DAY}&to={LAST_DAY}", headers=auth).get_json()

    # Asks file no issue: the issue figures and the time to escalation leave them out.
    assert set(body["issues"]["by_kind"]) <= {"rfh", "defect", "link"}
    got = body["weekly_asks"]
    assert [w["week"] for w in got] == [w["week"] for w in want]
    for g, w in zip(got, want, strict=True):
        rate = g.pop("engineering_rate")
        expected_rate = w.pop("engineering_rate")
        assert g == w
        assert (rate is None) == (expected_rate is None)
        if rate is not None:
            assert abs(rate - expected_rate) < 1e-9


def test_defects_and_unposted_asks_never_reach_engineering(database_url, client, auth):
    h = History()
    day = date(2026, 3, 2)
    at = datetime(2026, 3, 3, 10, tzinfo=UTC)
    h.suggestions.append({"ticket_id": 1, "created_at": at, "team": "release",
                          "priority": "se/p2", "confidence": 0.9, "model_version": 1})
    for kind, state in (("defect", "linked"), ("ask", "failed"), ("team", "linked")):
        h.escalations.append({**_ask(1, kind, at, random.Random(1)), "state": state})
    store(database_url, h)

    body = client.get(f"/api/v1/stats?from={day}&to={day + timedelta(days=6)}",
                      headers=auth).get_json()

    [week] = body["weekly_asks"]
    assert (week["tickets"], week["team_asks"], week["team_asks_needing_engineering"],
            week["engineering_asks"], week["reached_engineering"]) == (1, 1, 0, 0, 0)
    assert week["engineering_rate"] == 0


def test_weeks_are_counted_from_a_from_date_that_is_not_a_monday(database_url, client, auth):
    """The table's rows start on the From date, so an ask lands in the row of its own week
    (it read zero everywhere when From was not a Monday: rows from From, counts by Monday)."""
    h = History()
    wednesday = date(2026, 3, 4)
    for ticket, at in ((1, datetime(2026, 3, 5, 10, tzinfo=UTC)),    # From's first week
                       (2, datetime(2026, 3, 10, 10, tzinfo=UTC)),   # a Tuesday: still it
                       (3, datetime(2026, 3, 11, 10, tzinfo=UTC))):  # the second week
        h.suggestions.append({"ticket_id": ticket, "created_at": at, "team": "release",
                              "priority": "se/p2", "confidence": 0.9, "model_version": 1})
        h.escalations.append({**_ask(ticket, "team", at, random.Random(ticket)),
                              "state": "linked"})
    store(database_url, h)

    body = client.get(f"/api/v1/stats?from={wednesday}&to={wednesday + timedelta(days=13)}",
                      headers=auth).get_json()

    assert [(w["week"], w["tickets"], w["team_asks"]) for w in body["weekly_asks"]] == [
        ("2026-03-04", 2, 2), ("2026-03-11", 1, 1)]
