"""Store agents' choices (confirmations and overrides) as training data."""

from __future__ import annotations

from sqlalchemy.orm import Session

from backend.models import Feedback
from backend.routing.router import Ticket

MAX_TEXT_CHARS = 20_000  # enough to learn from; a 1 MB paste is not kept whole


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
) -> Feedback:
    """Add one feedback row (the caller's transaction commits it)."""
    text_parts = [ticket.description, *ticket.comments[:5]]
    tags = [t.lower() for t in (*ticket.tags, *ticket.org_tags)]
    if tags:
        # First, so capping a long text never cuts the deployment/sales tags off.
        text_parts.insert(0, "[tags: " + " ".join(sorted(set(tags))) + "]")
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
        text="\n".join(p for p in text_parts if p)[:MAX_TEXT_CHARS],
    )
    session.add(row)
    session.flush()
    return row
