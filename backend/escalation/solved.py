"""A ticket was solved (Zendesk's webhook said so): keep how it ended, tell its linked issues.

The ticket is read once from Zendesk (its latest public agent comment is the resolution). Each
linked issue is owed one comment per answer; they are queued, then posted now when GitHub
answers in time, else by the worker (backend.escalation.resolution_posts). The issue stays as
engineering left it: closing it is theirs to decide.
"""

from __future__ import annotations

import logging
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from backend.db import db
from backend.escalation import resolution, resolution_posts
from backend.integrations.github_comments import IssueComments
from backend.integrations.zendesk import ZendeskTickets
from backend.integrations.zendesk_export import SOLVED_STATUSES

log = logging.getLogger(__name__)
TICKET_ID_MAX = 2**63 - 1


class TicketStatusEvent(BaseModel):
    """The body the Zendesk trigger sends: {"ticket_id": N, "status": "solved"}."""

    model_config = ConfigDict(extra="ignore")

    ticket_id: int = Field(ge=1, le=TICKET_ID_MAX, strict=True)
    status: str = Field(max_length=40)


def handle_status(event: TicketStatusEvent, zendesk: ZendeskTickets | None,
                  comments: IssueComments | None, *, public_repo: str) -> dict[str, Any]:
    """Record the resolution of a solved ticket and queue (and try) its issues' comments."""
    status = event.status.strip().lower()
    if status not in SOLVED_STATUSES:
        return {"handled": False, "reason": f"nothing to do for status {event.status!r}"}
    if zendesk is None:
        return {"handled": False, "reason": "Zendesk is not configured (preview mode)"}
    ticket = zendesk.get_ticket(event.ticket_id)  # ZendeskError: mapped to 404/502/503
    answer = resolution.latest_answer(ticket)
    with db.transaction() as session:
        resolution.record(session, event.ticket_id, status, answer)
    rows = resolution_posts.linked_issues(event.ticket_id)
    if not rows or comments is None:
        return {"handled": True, "ticket_id": event.ticket_id, "issues": 0, "posted": 0,
                "pending": 0}
    ids = resolution_posts.queue(ticket, answer, rows, public_repo=public_repo,
                                 comments=comments, ticket_url=ticket.url or
                                 zendesk.agent_url(event.ticket_id))
    outcomes = [resolution_posts.post_one(i, comments) for i in ids]
    log.info("zendesk solved ticket=%s issues=%d queued=%d outcomes=%s", event.ticket_id,
             len(rows), len(ids), outcomes)
    return {"handled": True, "ticket_id": event.ticket_id, "issues": len(rows),
            "posted": outcomes.count("posted"), "pending": outcomes.count("pending"),
            "failed": outcomes.count("failed")}
