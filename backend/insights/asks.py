"""Per week: tickets, team asks (and how many still needed engineering), engineering asks, RFHs.

The handbook's 10% goal counts the tickets that reached engineering: an engineering ask or an
RFH (defects are not counted). A team ask "still needed engineering" when its ticket got an
engineering ask or an RFH at or after it, whenever that was.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from backend.escalation.store import DONE
from backend.insights import queries
from backend.insights.queries import FILED_STATES, as_utc
from backend.insights.stats import RFH_GOAL, bucket_start, bucket_starts, ratio, window_for
from backend.models import Escalation

ENGINEERING = ("ask", "rfh")  # what reached engineering (an RFH is filed, an ask is posted)


def _counted(kind: str, state: str) -> bool:
    """An ask counts once it was recorded to the end; an RFH once its issue exists."""
    return state == DONE if kind in ("team", "ask") else state in FILED_STATES


def weekly_asks(session: Session, start: date, end: date,
                outside: Collection[str] = ()) -> list[dict[str, Any]]:
    """One row per week counted from start (the report's From, as every chart counts weeks)
    to end, empty weeks included; an RFH to an ``outside`` team did not reach engineering."""
    window = window_for(start, end)
    tickets: dict[date, set[int]] = defaultdict(set)
    for day, ticket in queries.ticket_days(session, window):
        tickets[bucket_start(day, "week", start)].add(ticket)
    rows = session.execute(
        select(Escalation.ticket_id, Escalation.kind, Escalation.state, Escalation.created_at,
               Escalation.team)
        .where(Escalation.kind.in_(("team", *ENGINEERING)),
               Escalation.created_at >= window.start, Escalation.created_at < window.end))
    team_asks: dict[date, list[tuple[int, datetime]]] = defaultdict(list)
    counts: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    reached: dict[date, set[int]] = defaultdict(set)
    for ticket_id, kind, state, created, team in rows:
        if not _counted(kind, state) or (kind in ENGINEERING and team in outside):
            continue
        when = as_utc(created)
        week = bucket_start(when.date(), "week", start)
        counts[week][kind] += 1
        if kind == "team":
            team_asks[week].append((int(ticket_id), when))
        else:
            reached[week].add(int(ticket_id))
    last_engineering = _last_engineering(
        session, {t for asks in team_asks.values() for t, _ in asks}, outside)
    out = []
    for week in bucket_starts(start, end, "week"):
        asked = team_asks.get(week, [])
        escalated = sum(1 for ticket, when in asked
                        if ticket in last_engineering and last_engineering[ticket] >= when)
        n = len(tickets.get(week, ()))
        out.append({
            "week": week.isoformat(), "tickets": n, "team_asks": counts[week]["team"],
            "team_asks_needing_engineering": escalated, "engineering_asks": counts[week]["ask"],
            "rfhs": counts[week]["rfh"], "reached_engineering": len(reached.get(week, ())),
            "engineering_rate": ratio(len(reached.get(week, ())), n),
            "goal": RFH_GOAL,
        })
    return out


def _last_engineering(session: Session, ticket_ids: set[int],
                      outside: Collection[str]) -> dict[int, datetime]:
    """The latest engineering escalation of each ticket (whatever its date): did it follow?"""
    if not ticket_ids:
        return {}
    found: dict[int, datetime] = {}
    rows = session.execute(
        select(Escalation.ticket_id, Escalation.kind, Escalation.state, Escalation.created_at,
               Escalation.team)
        .where(Escalation.kind.in_(ENGINEERING), Escalation.ticket_id.in_(sorted(ticket_ids))))
    for ticket_id, kind, state, created, team in rows:
        if _counted(kind, state) and not (kind in ENGINEERING and team in outside):
            when = as_utc(created)
            found[int(ticket_id)] = max(found.get(int(ticket_id), when), when)
    return found
