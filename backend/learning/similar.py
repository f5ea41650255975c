"""Seen before: past escalations and solved tickets that read like this one, and how they ended.

The past cases are a CorrectionMemory over the past_cases table (the same TF-IDF vectors and
inverted index as the corrections' memory, topped up from the database by every worker): every
escalated ticket and the solved tickets `rfh import-history` brought in. For the closest
ones above SIMILAR_FLOOR it adds what the database knows of their outcome:

* ``issue``: the ticket's GitHub issue (RFH first, then a linked issue, then a defect) with the
  state the GitHub webhook keeps (open/closed);
* ``resolution``: how the ticket ended: ``{"status", "text", "docs_url"}`` from the Zendesk
  "solved" webhook (the latest public agent comment and the docs link in it), or
  ``{"status": "solved", "text": null, "docs_url": null}`` for an imported ticket (the export
  holds solved tickets only, without comments); null when nothing says it was solved;
* ``docs_update``: true when its issue carries the docs-update label or its answer links the docs.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from backend.db import db
from backend.learning.feedback import stored_text
from backend.learning.memory import CorrectionMemory
from backend.learning.text_encoder import TextEncoder
from backend.models import Escalation, PastCase, TicketResolution
from backend.tickets import Ticket

PAST_SOURCES = ("escalation", "import")
SIMILAR_FLOOR = 0.35  # below this a past ticket shares words, not a problem
SHOWN = 3
ISSUE_ORDER = {"rfh": 0, "link": 1, "defect": 2}


def remember_case(session: Session, ticket: Ticket, *, team: str, priority: str,
                  source: str) -> None:
    """Keep an escalated (or imported solved) ticket as a past case (the caller commits)."""
    session.add(PastCase(ticket_id=ticket.id, source=source, team=team, priority=priority,
                         subject=(ticket.subject or "")[:1000], text=stored_text(ticket)))


def is_past_case(row: PastCase) -> bool:
    """Every row of the past cases is one (a later row of a ticket replaces the earlier)."""
    return row.source in PAST_SOURCES


def past_cases(encoder: TextEncoder, poll_seconds: float) -> CorrectionMemory:
    """The memory of past cases, read from their table like the corrections' memory."""
    return CorrectionMemory(encoder, poll_seconds=poll_seconds, keep=is_past_case,
                            sources=PAST_SOURCES, floor=SIMILAR_FLOOR, table=PastCase)


def similar(memory: CorrectionMemory, text: str, ticket_id: int | None,
            team_names: dict[str, str]) -> list[dict[str, Any]]:
    """Up to SHOWN past cases like this text (never the ticket itself), closest first."""
    hits = [h for h in memory.nearest(text, k=SHOWN + 1)
            if h.ticket_id is None or h.ticket_id != ticket_id][:SHOWN]
    if not hits:
        return []
    ids = [h.ticket_id for h in hits if h.ticket_id is not None]
    with db.transaction() as session:
        rows = {r.id: r for r in session.scalars(select(PastCase).where(
            PastCase.id.in_([h.feedback_id for h in hits])))}
        issues: dict[int, Escalation] = {}
        docs_labelled: set[int] = set()
        for esc in session.scalars(select(Escalation).where(Escalation.ticket_id.in_(ids))):
            if esc.docs_update:
                docs_labelled.add(esc.ticket_id)
            if esc.issue_number is None or esc.state not in ("created", "linked"):
                continue
            best = issues.get(esc.ticket_id)
            if best is None or ISSUE_ORDER.get(esc.kind, 9) < ISSUE_ORDER.get(best.kind, 9):
                issues[esc.ticket_id] = esc
        ended = {r.ticket_id: r for r in session.scalars(select(TicketResolution).where(
            TicketResolution.ticket_id.in_(ids)))}
    out = []
    for hit in hits:
        feedback = rows.get(hit.feedback_id)
        issue = issues.get(hit.ticket_id) if hit.ticket_id is not None else None
        done = ended.get(hit.ticket_id) if hit.ticket_id is not None else None
        resolution: dict[str, Any] | None = None
        if done is not None:
            resolution = {"status": done.status, "text": done.text or None,
                          "docs_url": done.docs_url}
        elif feedback is not None and feedback.source == "import":
            resolution = {"status": "solved", "text": None, "docs_url": None}
        out.append({
            "ticket_id": hit.ticket_id,
            "subject": feedback.subject if feedback is not None else "",
            "team": hit.team, "team_name": team_names.get(hit.team, hit.team),
            "score": round(hit.similarity, 3),
            "issue": None if issue is None else {
                "url": issue.issue_url, "number": issue.issue_number,
                "state": issue.issue_state, "kind": issue.kind},
            "resolution": resolution,
            "docs_update": hit.ticket_id in docs_labelled or bool(done and done.docs_url),
        })
    return out
