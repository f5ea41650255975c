"""GitHub `issue_comment` events: an engineer's reply on a linked issue becomes a private note.

One way only: GitHub to private Zendesk notes, never back, never public (trackers that synced
comments both ways published private notes). Edits and deletions are left alone, and so are
the service's own comments (its resolution comments carry a marker; its token's login is known).
Each (comment, ticket) pair is a receipt taken before the note is written, so however often
GitHub redelivers, a ticket gets one note per comment; a failed note gives the receipt back.
"""

from __future__ import annotations

import logging
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import func, select

from backend.db import db
from backend.escalation import receipts
from backend.escalation.notes_once import add_note_once
from backend.escalation.resolution_posts import LINKED_STATES
from backend.escalation.webhook import GitHubIssue, GitHubRepository, GitHubUser
from backend.integrations.zendesk import ZendeskError, ZendeskTickets
from backend.models import Escalation

log = logging.getLogger(__name__)
OWN_MARKER = "<!-- rfh-copilot:"  # every comment the service writes on GitHub carries one
NOTE_CHARS = 8000
RECEIPT = "github-comment-note"
UNSURE = "github-comment-unsure"  # a note whose answer was lost: it may be on the ticket


class GitHubComment(BaseModel):
    """The comment of the event (GitHub sends more fields)."""

    id: int = Field(ge=1, strict=True)
    html_url: str | None = Field(None, max_length=2000)
    body: str | None = Field(None, max_length=300_000)
    user: GitHubUser | None = None


class IssueCommentEvent(BaseModel):
    """An `issue_comment` event as GitHub delivers it; unknown fields are ignored."""

    action: str = Field(max_length=100)
    issue: GitHubIssue
    comment: GitHubComment
    repository: GitHubRepository
    sender: GitHubUser | None = None


def comment_note(*, repo: str, number: int, author: str, url: str, text: str) -> str:
    """The private note that carries an engineer's reply to the ticket."""
    body = text.strip()
    if len(body) > NOTE_CHARS:
        body = body[:NOTE_CHARS].rstrip() + "\n[… cut: read the rest on GitHub]"
    return f"{author} replied on the linked GitHub issue {repo}#{number}:\n{url}\n\n{body}"


def handle_comment_event(event: IssueCommentEvent, zendesk: ZendeskTickets | None,
                         own_login: str | None) -> dict[str, Any]:
    """Note a new comment on every ticket linked to its issue, once per ticket."""
    if event.action != "created":
        return {"handled": False, "reason": f"nothing to do for action {event.action!r}"}
    comment = event.comment
    author = comment.user.login if comment.user and comment.user.login else "someone"
    if OWN_MARKER in (comment.body or "") or (own_login and author.lower() == own_login.lower()):
        return {"handled": False, "reason": "the service's own comment"}
    repo, number = event.repository.full_name, event.issue.number
    with db.transaction() as session:
        tickets = sorted(set(session.scalars(select(Escalation.ticket_id).where(
            func.lower(Escalation.repo) == repo.lower(), Escalation.issue_number == number,
            Escalation.state.in_(LINKED_STATES))).all()))
    if not tickets:
        return {"handled": False, "reason": "no ticket is linked to this issue"}
    if zendesk is None:
        return {"handled": False, "reason": "Zendesk is not configured (preview mode)"}
    note = comment_note(repo=repo, number=number, author=author,
                        url=comment.html_url or event.issue.html_url or "",
                        text=comment.body or "")
    noted, skipped, failed = [], [], []
    for ticket_id in tickets:
        key = f"{comment.id}:{ticket_id}"
        if not receipts.take(RECEIPT, key):
            skipped.append(ticket_id)  # noted by an earlier delivery
            continue
        try:
            # A redelivery after a lost answer looks for the comment's URL line first.
            add_note_once(zendesk, ticket_id, note, unsure=UNSURE, key=key,
                          line=comment.html_url)
            noted.append(ticket_id)
        except ZendeskError as exc:
            receipts.give_back(RECEIPT, key)  # so a redelivery notes this ticket then
            failed.append({"ticket_id": ticket_id, "error": exc.message,
                           "retry_after": exc.retry_after})
    log.info("github comment %s on %s#%s noted=%d already=%d failed=%d", comment.id, repo,
             number, len(noted), len(skipped), len(failed))
    return {"handled": True, "tickets": noted, "already_noted": skipped, "failed": failed}

