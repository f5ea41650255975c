"""Agents' choices an operator takes out of learning, and puts back.

A burst of wrong corrections (an agent who misread the teams, a script gone wrong) taught the
correction memory at once and every retrain after it, and a rollback of the model left them
in place. Excluded rows stay in the table, for the record and the dashboard's counts; the
memory (backend.learning.memory) and retraining (backend.learning.feedback) skip them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, case, func, select, update
from sqlalchemy.orm import Session

from backend.models import Feedback


class ExclusionError(ValueError):
    """An exclusion that would select every row, or nothing sensible."""


@dataclass(frozen=True)
class Selection:
    """Which feedback rows: by agent, ticket and time (UTC), all of the given ones."""

    agent: str | None = None
    ticket_id: int | None = None
    since: datetime | None = None
    until: datetime | None = None

    def where(self) -> ColumnElement[bool]:
        """The SQL condition; ExclusionError when nothing narrows it."""
        if self.agent is None and self.ticket_id is None:
            # Every agent's every choice is a reset, not an exclusion: retrain from the corpus.
            raise ExclusionError("name an agent or a ticket (a time range alone is everyone)")
        conditions: list[ColumnElement[bool]] = []
        if self.agent is not None:
            conditions.append(Feedback.agent == self.agent)
        if self.ticket_id is not None:
            conditions.append(Feedback.ticket_id == self.ticket_id)
        if self.since is not None:
            conditions.append(Feedback.created_at >= self.since)
        if self.until is not None:
            conditions.append(Feedback.created_at < self.until)
        return and_(*conditions)


def exclude(session: Session, selection: Selection, reason: str, now: datetime) -> int:
    """Take the selected rows out of learning; the number of rows newly excluded."""
    reason = " ".join(reason.split())[:200]
    if not reason:
        raise ExclusionError("say why (the reason is kept with the rows)")
    result = session.execute(
        update(Feedback).where(selection.where(), Feedback.excluded_at.is_(None))
        .values(excluded_at=now, excluded_reason=reason))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def include(session: Session, selection: Selection) -> int:
    """Put the selected excluded rows back into learning; how many."""
    result = session.execute(
        update(Feedback).where(selection.where(), Feedback.excluded_at.is_not(None))
        .values(excluded_at=None, excluded_reason=None))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def exclusions_mark(session: Session) -> tuple[int, datetime | None]:
    """What changes whenever rows are excluded or included: the memory rebuilds on a change."""
    count, latest = session.execute(
        select(func.count(), func.max(Feedback.excluded_at))
        .where(Feedback.excluded_at.is_not(None))).one()
    return int(count or 0), latest


def by_agent(session: Session, since: datetime | None) -> list[tuple[str | None, int, int, int]]:
    """Per agent since a moment: choices, overrides among them, and how many are excluded."""
    changed = ((Feedback.suggested_team.is_not(None) & (Feedback.suggested_team != Feedback.team))
               | (Feedback.suggested_priority.is_not(None)
                  & (Feedback.suggested_priority != Feedback.priority)))
    query = select(Feedback.agent, func.count(), func.sum(case((changed, 1), else_=0)),
                   func.count(Feedback.excluded_at)).group_by(Feedback.agent)
    if since is not None:
        query = query.where(Feedback.created_at >= since)
    return [(agent, int(n), int(o or 0), int(x)) for agent, n, o, x in
            session.execute(query.order_by(func.count().desc()))]
