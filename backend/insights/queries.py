"""The SQL behind the statistics: small aggregate queries that run on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from backend.models import Escalation, Feedback, Suggestion

# Only rows whose GitHub issue really exists count: a pending or failed escalation filed nothing,
# and preview mode never stores a filed row.
FILED_STATES = ("created", "linked")
# Team and engineering asks are escalation rows too, but file no issue (backend.insights.asks).
ISSUE_KINDS = ("rfh", "defect", "link")


@dataclass(frozen=True)
class Window:
    """A half-open time range [start, end) in UTC."""

    start: datetime
    end: datetime


def as_utc(value: datetime) -> datetime:
    """SQLite hands back naive datetimes (stored in UTC): make every value aware."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def as_date(value: Any) -> date:
    """A day from the day expression: SQLite answers 'YYYY-MM-DD', PostgreSQL a date."""
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def day_of(column: Any, dialect: str) -> ColumnElement[Any]:
    """The UTC calendar day of a timestamp column, in the dialect's own SQL."""
    if dialect == "postgresql":
        return func.date(func.timezone("UTC", column))
    return func.date(column)  # SQLite stores the UTC wall time as text


def _filed(window: Window) -> ColumnElement[bool]:
    return and_(
        Escalation.kind.in_(ISSUE_KINDS),
        Escalation.state.in_(FILED_STATES),
        Escalation.created_at >= window.start,
        Escalation.created_at < window.end,
    )


def ticket_days(session: Session, window: Window) -> list[tuple[date, int]]:
    """Distinct (day, ticket id) pairs of suggestions served in the window."""
    day = day_of(Suggestion.created_at, session.get_bind().dialect.name)
    rows = session.execute(
        select(day, Suggestion.ticket_id)
        .where(Suggestion.ticket_id.is_not(None), Suggestion.created_at >= window.start,
               Suggestion.created_at < window.end)
        .distinct()
    )
    return [(as_date(d), int(t)) for d, t in rows]


OUTSIDE = "outside"  # the kind escalations_by_day gives an RFH to a team outside engineering


def escalations_by_day(session: Session, window: Window,
                       outside: Collection[str] = ()) -> list[tuple[date, str, int]]:
    """Filed escalations per (day, kind); an RFH to one of the ``outside`` teams is of kind
    OUTSIDE."""
    day = day_of(Escalation.created_at, session.get_bind().dialect.name)
    kind: Any = Escalation.kind
    if outside:
        kind = case((and_(Escalation.kind == "rfh", Escalation.team.in_(sorted(outside))),
                     OUTSIDE), else_=Escalation.kind)
    rows = session.execute(
        select(day, kind, func.count())
        .where(_filed(window))
        .group_by(day, kind)
    )
    return [(as_date(d), str(k), int(n)) for d, k, n in rows]


def escalations_by(
    session: Session, window: Window, column: InstrumentedAttribute[Any]
) -> list[tuple[Any, str, int, int]]:
    """Filed escalations per (column value, kind): count and how many led to a docs update."""
    docs = func.sum(case((Escalation.docs_update.is_(True), 1), else_=0))
    rows = session.execute(
        select(column, Escalation.kind, func.count(), docs)
        .where(_filed(window))
        .group_by(column, Escalation.kind)
    )
    return [(value, str(kind), int(n), int(d or 0)) for value, kind, n, d in rows]


def issue_states(session: Session, window: Window) -> list[tuple[str, str, int]]:
    """Filed escalations per (kind, issue state), as the GitHub webhook last reported it."""
    rows = session.execute(
        select(Escalation.kind, Escalation.issue_state, func.count())
        .where(_filed(window))
        .group_by(Escalation.kind, Escalation.issue_state)
    )
    return [(str(k), str(s), int(n)) for k, s, n in rows]


def escalation_delays(session: Session, window: Window) -> list[tuple[str, float]]:
    """(kind, seconds from the ticket's first suggestion to the escalation) per filed escalation."""
    first = (
        select(func.min(Suggestion.created_at))
        .where(Suggestion.ticket_id == Escalation.ticket_id,
               Suggestion.created_at <= Escalation.created_at)
        .correlate(Escalation)
        .scalar_subquery()
    )
    rows = session.execute(
        select(Escalation.kind, Escalation.created_at, first).where(_filed(window))
    )
    return [
        (str(kind), (as_utc(escalated) - as_utc(suggested)).total_seconds())
        for kind, escalated, suggested in rows
        if suggested is not None
    ]


def open_rfhs(session: Session) -> list[Escalation]:
    """Every filed RFH whose issue is still open, oldest first (the backlog, whatever the range)."""
    return list(
        session.scalars(
            select(Escalation)
            .where(Escalation.kind == "rfh", Escalation.state.in_(FILED_STATES),
                   Escalation.issue_state == "open")
            .order_by(Escalation.created_at, Escalation.id)
        )
    )


def _changed(suggested: Any, chosen: Any) -> ColumnElement[bool]:
    return and_(suggested.is_not(None), suggested != chosen)


def overrides_by(
    session: Session, window: Window, column: InstrumentedAttribute[Any]
) -> list[tuple[Any, int, int, int, int]]:
    """Per column value: feedback on a suggestion, overrides, team changes, priority changes.

    A ticket counts once, by the agents' last choice in the window: changing the team and then
    the priority of one ticket is one override of both, not two choices (rows without a ticket
    count each).
    """
    team_changed = _changed(Feedback.suggested_team, Feedback.team)
    priority_changed = _changed(Feedback.suggested_priority, Feedback.priority)
    on_suggestion = or_(Feedback.suggested_team.is_not(None),
                        Feedback.suggested_priority.is_not(None))
    in_window = (Feedback.created_at >= window.start, Feedback.created_at < window.end)
    last_per_ticket = (select(func.max(Feedback.id))
                       .where(*in_window, on_suggestion, Feedback.ticket_id.is_not(None))
                       .group_by(Feedback.ticket_id))
    rows = session.execute(
        select(
            column,
            func.count(),
            func.sum(case((or_(team_changed, priority_changed), 1), else_=0)),
            func.sum(case((team_changed, 1), else_=0)),
            func.sum(case((priority_changed, 1), else_=0)),
        )
        .where(*in_window,
               # Only a choice made against a suggestion can be an override.
               on_suggestion,
               or_(Feedback.ticket_id.is_(None), Feedback.id.in_(last_per_ticket)))
        .group_by(column)
    )
    return [(v, int(n), int(o or 0), int(t or 0), int(p or 0)) for v, n, o, t, p in rows]
