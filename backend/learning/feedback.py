"""Store agents' choices (confirmations and overrides) as training data."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, func, or_, select, text, update
from sqlalchemy.orm import Session

from backend.models import Feedback
from backend.routing.router import Ticket

MAX_TEXT_CHARS = 20_000  # enough to learn from; a 1 MB paste is not kept whole


def stored_text(ticket: Ticket) -> str:
    """The ticket's text as a row keeps it: a tags line, the description, five comments, capped."""
    text_parts = [ticket.description, *ticket.comment_bodies()[:5]]
    tags = [t.lower() for t in (*ticket.tags, *ticket.org_tags)]
    if tags:
        # First, so capping a long text never cuts the deployment/sales tags off.
        text_parts.insert(0, "[tags: " + " ".join(sorted(set(tags))) + "]")
    return "\n".join(p for p in text_parts if p)[:MAX_TEXT_CHARS]


def record_feedback(
    session: Session,
    *,
    ticket: Ticket,
    team: str,
    priority: str,
    suggested_team: str | None,
    suggested_priority: str | None,
    model_version: int | None,
    agent: str | None,
    source: str = "sidebar",
    suggestion_id: int | None = None,
    created_at: datetime | None = None,
) -> Feedback:
    """Add one feedback row (the caller's transaction commits it)."""
    row = Feedback(
        ticket_id=ticket.id,
        suggestion_id=suggestion_id,
        team=team,
        priority=priority,
        suggested_team=suggested_team,
        suggested_priority=suggested_priority,
        model_version=model_version,
        agent=agent,
        source=source,
        subject=(ticket.subject or "")[:1000],
        text=stored_text(ticket),
    )
    if created_at is not None:  # an imported label is as old as the ticket's solution
        row.created_at = created_at
    session.add(row)
    session.flush()
    return row


REPEAT_WINDOW = timedelta(minutes=10)


def repeated_choice(
    session: Session, *, ticket_id: int | None, agent: str | None, team: str, priority: str,
    suggestion_id: int | None, now: datetime | None = None,
) -> Feedback | None:
    """The agent's last row for this ticket when it made the same choice on the same suggestion
    within REPEAT_WINDOW: a second click or a client's retry, not a new correction."""
    if ticket_id is None or agent is None:
        return None
    last = session.scalars(
        select(Feedback).where(Feedback.ticket_id == ticket_id, Feedback.agent == agent)
        .order_by(Feedback.id.desc()).limit(1)).first()
    if last is None or (last.team, last.priority, last.suggestion_id) != (
            team, priority, suggestion_id):
        return None
    created = last.created_at
    if created.tzinfo is None:  # SQLite hands the stored UTC time back naive
        created = created.replace(tzinfo=UTC)
    return last if created >= (now or datetime.now(UTC)) - REPEAT_WINDOW else None


def hold_choices(session: Session, *, ticket_id: int | None, agent: str | None) -> None:
    """Serialise one agent's choices on one ticket until the transaction ends.

    So that checking for a repeated choice and storing a new one are one step: two identical
    clicks arriving together store one row, the second one finds the first.
    """
    if ticket_id is None or agent is None:
        return
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        # Released at commit or rollback. The check after it sees the other click's row because
        # PostgreSQL's default READ COMMITTED takes each statement's snapshot after the wait.
        digest = hashlib.blake2b(f"feedback:{ticket_id}:{agent}".encode(), digest_size=8)
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                        {"key": int.from_bytes(digest.digest(), "big", signed=True)})
    elif dialect == "sqlite":
        # SQLite has one writer at a time: a write that changes nothing takes that lock now,
        # before the check reads, so the second click waits for the first and then sees it.
        # It must be the transaction's first statement (the driver begins the transaction
        # with it): after a read, the write could not take the lock on a stale snapshot.
        session.execute(update(Feedback).where(Feedback.id == -1).values(id=Feedback.id)
                        .execution_options(synchronize_session=False))


AGENT_SOURCES = ("sidebar", "escalation")  # an agent's own choice beats an imported label


def latest_per_ticket(rows: Iterable[Feedback]) -> list[Feedback]:
    """The choice that counts for each ticket: an agent's over an import, then the newest.

    Rows without a ticket id stand alone (each is its own ticket).
    """
    best: dict[tuple[str, int], Feedback] = {}
    for row in rows:
        key = ("ticket", row.ticket_id) if row.ticket_id is not None else ("row", row.id)
        rank = (row.source in AGENT_SOURCES, row.id)
        current = best.get(key)
        if current is None or rank > (current.source in AGENT_SOURCES, current.id):
            best[key] = row
    return sorted(best.values(), key=lambda r: r.id)


def feedback_up_to(session: Session, until_id: int | None = None) -> list[Feedback]:
    """Every feedback row (up to until_id) not excluded from learning, oldest first."""
    query = select(Feedback).where(Feedback.excluded_at.is_(None)).order_by(Feedback.id)
    if until_id is not None:
        query = query.where(Feedback.id <= until_id)
    return list(session.execute(query).scalars())


def max_feedback_id(session: Session) -> int:
    """The newest feedback row's id (0 when there is none)."""
    return int(session.execute(select(func.max(Feedback.id))).scalar() or 0)


def count_after(session: Session, after_id: int) -> int:
    """Feedback rows newer than after_id (those excluded from learning aside)."""
    return int(
        session.execute(
            select(func.count()).select_from(Feedback)
            .where(Feedback.id > after_id, Feedback.excluded_at.is_(None))
        ).scalar()
        or 0
    )


def override_stats(session: Session, since: datetime | None) -> dict[str, Any]:
    """Agents' choices since a moment: how many, how many overrode the suggestion, the rate."""
    changed_team = and_(
        Feedback.suggested_team.is_not(None), Feedback.suggested_team != Feedback.team
    )
    changed_priority = and_(
        Feedback.suggested_priority.is_not(None), Feedback.suggested_priority != Feedback.priority
    )
    query = (
        select(
            func.count(),
            func.sum(case((or_(changed_team, changed_priority), 1), else_=0)),
            func.sum(case((changed_team, 1), else_=0)),
        )
        .select_from(Feedback)
        .where(Feedback.source.in_(AGENT_SOURCES))
    )
    if since is not None:
        query = query.where(Feedback.created_at >= since)
    total, overrides, team_overrides = (int(v or 0) for v in session.execute(query).one())
    return {
        "choices": total,
        "overrides": overrides,
        "override_rate": round(overrides / total, 4) if total else None,
        "team_override_rate": round(team_overrides / total, 4) if total else None,
    }


def split_stored_text(text: str) -> tuple[list[str], str]:
    """Undo record_feedback's layout: (tags, body) from the stored capped text."""
    if text.startswith("[tags: "):
        first, _, rest = text.partition("\n")
        if first.endswith("]"):
            return first[len("[tags: ") : -1].split(), rest
    return [], text
