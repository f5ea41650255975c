"""GitHub `issues` events: keep the linked escalations' issue state and tell their tickets."""

from __future__ import annotations

import hashlib
import hmac
import logging
from typing import Any

from sqlalchemy import func, select, update

from backend.db import db
from backend.escalation.notes import state_note
from backend.integrations.zendesk import ZendeskError, ZendeskTickets
from backend.metrics import metrics
from backend.models import Escalation, utcnow

log = logging.getLogger(__name__)
STATE_FOR_ACTION = {"closed": "closed", "reopened": "open"}
# An issue carrying one of these labels led to a docs update (the handbook tracks that share).
DOCS_UPDATE_LABELS = frozenset({"docs-update", "docs update", "documentation-update"})


def apply_docs_label(repo: str, number: int, issue: dict[str, Any]) -> int:
    """Set docs_update on the issue's escalations from its labels; the rows changed."""
    labels = {str(label.get("name", "")).lower() for label in issue.get("labels") or []
              if isinstance(label, dict)}
    docs = bool(labels & DOCS_UPDATE_LABELS)
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
    expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header.removeprefix("sha256="))


def handle_issue_event(payload: dict[str, Any], zendesk: ZendeskTickets | None) -> dict[str, Any]:
    """Apply a closed/reopened event to every escalation of the issue; note each ticket once.

    A row's state changes in a conditional UPDATE, so a redelivered event (or two at once)
    notes a ticket once. When the note fails the row's state goes back, so a redelivery
    (GitHub lets you redeliver) notes it then.
    """
    action = str(payload.get("action") or "")
    new_state = STATE_FOR_ACTION.get(action)
    issue = payload.get("issue") or {}
    repo = str((payload.get("repository") or {}).get("full_name") or "")
    number = issue.get("number")
    if not repo or not isinstance(number, int):
        return {"handled": False, "reason": "not an issue event"}
    docs_changed = apply_docs_label(repo, number, issue) if "labels" in issue else 0
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
            ticket_id, url = row.ticket_id, row.issue_url or issue.get("html_url") or ""
        if zendesk is None or ticket_id in noted:
            noted.append(ticket_id)
            continue
        note = state_note(url=url, repo=repo, number=number, action=action,
                          reason=issue.get("state_reason"),
                          actor=(payload.get("sender") or {}).get("login"))
        try:
            with metrics.external_call("zendesk", "add_note"):
                zendesk.add_note(ticket_id, note)
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
