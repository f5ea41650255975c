"""GitHub `issues` events: keep the linked escalations' issue state and tell their tickets."""

from __future__ import annotations

import hashlib
import hmac
import logging
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import func, select, update

from backend.db import db
from backend.escalation.notes import state_note
from backend.escalation.notes_once import add_note_once
from backend.integrations.zendesk import ZendeskError, ZendeskTickets
from backend.models import Escalation, utcnow

log = logging.getLogger(__name__)
UNSURE = "github-state-unsure"  # a state note whose answer was lost: it may be on the ticket
STATE_FOR_ACTION = {"closed": "closed", "reopened": "open"}
# An issue carrying one of these labels led to a docs update (the handbook tracks that share).
DOCS_UPDATE_LABELS = frozenset({"docs-update", "docs update", "documentation-update"})
ISSUE_NUMBER_MAX = 2**31 - 1  # escalations.issue_number is an INTEGER column


class GitHubLabel(BaseModel):
    """A label of the issue (GitHub sends more fields; only the name matters here)."""

    name: str = Field(max_length=1000)


class GitHubIssue(BaseModel):
    """The parts of the event's issue this service reads."""

    number: int = Field(ge=1, le=ISSUE_NUMBER_MAX, strict=True)
    html_url: str | None = Field(None, max_length=2000)
    state_reason: str | None = Field(None, max_length=100)
    labels: list[GitHubLabel] | None = Field(None, max_length=1000)


class GitHubRepository(BaseModel):
    """The repository the issue lives in."""

    full_name: str = Field(min_length=3, max_length=300)


class GitHubUser(BaseModel):
    """Who acted."""

    login: str | None = Field(None, max_length=300)


class IssueEvent(BaseModel):
    """An `issues` event as GitHub delivers it; unknown fields (there are many) are ignored."""

    action: str = Field(max_length=100)
    issue: GitHubIssue
    repository: GitHubRepository
    sender: GitHubUser | None = None


def apply_docs_label(repo: str, number: int, labels: list[GitHubLabel]) -> int:
    """Set docs_update on the issue's escalations from its labels; the rows changed."""
    docs = bool({label.name.lower() for label in labels} & DOCS_UPDATE_LABELS)
    with db.transaction() as session:
        changed = session.execute(
            update(Escalation).where(func.lower(Escalation.repo) == repo.lower(),
                                     Escalation.issue_number == number,
                                     Escalation.docs_update != docs)
            .values(docs_update=docs).execution_options(synchronize_session=False))
    return int(getattr(changed, "rowcount", 0) or 0)


def signature_ok(secret: str, body: bytes, header: str | None) -> bool:
    """Check X-Hub-Signature-256 ("sha256=<hex HMAC of the raw body>") in constant time."""
    if not header or not header.startswith("sha256="):
        return False
    expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest().encode("ascii")
    # As bytes: compare_digest refuses str with non-ASCII characters, which a client may send.
    given = header.removeprefix("sha256=").encode("utf-8", "surrogatepass")
    return hmac.compare_digest(expected, given)


def handle_issue_event(event: IssueEvent, zendesk: ZendeskTickets | None,
                       delivery: str | None = None) -> dict[str, Any]:
    """Apply a closed/reopened event to every escalation of the issue; note each ticket once.

    A row's state changes in a conditional UPDATE, so a redelivered event (or two at once)
    notes a ticket once. When the note fails the row's state goes back, so a redelivery
    (GitHub lets you redeliver) notes it then; when only its answer was lost, the redelivery
    (the same ``delivery`` id, X-GitHub-Delivery) first looks for the note on the ticket.
    """
    action, issue = event.action, event.issue
    new_state = STATE_FOR_ACTION.get(action)
    repo, number = event.repository.full_name, issue.number
    docs_changed = apply_docs_label(repo, number, issue.labels) if issue.labels is not None else 0
    if new_state is None:
        if docs_changed:
            return {"handled": True, "docs_update_changed": docs_changed}
        return {"handled": False, "reason": f"nothing to do for action {action!r}"}
    closed_at = utcnow() if new_state == "closed" else None
    with db.transaction() as session:
        ids = session.scalars(select(Escalation.id).where(
            func.lower(Escalation.repo) == repo.lower(), Escalation.issue_number == number,
            Escalation.issue_state != new_state)).all()
    noted, failed = [], []
    for row_id in ids:
        with db.transaction() as session:
            changed = session.execute(
                update(Escalation).where(Escalation.id == row_id,
                                         Escalation.issue_state != new_state)
                .values(issue_state=new_state, closed_at=closed_at)
                .execution_options(synchronize_session=False))
            if getattr(changed, "rowcount", 0) != 1:
                continue  # another delivery got there first
            row = session.get(Escalation, row_id)
            assert row is not None
            ticket_id, url = row.ticket_id, row.issue_url or issue.html_url or ""
        if zendesk is None or ticket_id in noted:
            noted.append(ticket_id)
            continue
        note = state_note(url=url, repo=repo, number=number, action=action,
                          reason=issue.state_reason,
                          actor=event.sender.login if event.sender else None)
        try:
            add_note_once(zendesk, ticket_id, note, unsure=UNSURE, key=f"{delivery}:{row_id}",
                          line=note.splitlines()[0] if delivery else None)
            noted.append(ticket_id)
        except ZendeskError as exc:
            failed.append({"ticket_id": ticket_id, "error": exc.message,
                           "retry_after": exc.retry_after})
            with db.transaction() as session:  # undo, so a redelivery tries this ticket again
                session.execute(update(Escalation).where(Escalation.id == row_id)
                                .values(issue_state="open" if new_state == "closed" else "closed")
                                .execution_options(synchronize_session=False))
    log.info("github webhook issue=%s#%s action=%s tickets=%d failed=%d", repo, number, action,
             len(noted), len(failed))
    return {"handled": True, "issue_state": new_state, "tickets": sorted(set(noted)),
            "failed": failed}
