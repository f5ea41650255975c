"""POST/GET/PATCH /api/v1/escalations: the one-click RFH, and what a ticket is linked to."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from flask import Blueprint, current_app, jsonify
from flask.typing import ResponseReturnValue
from pydantic import BaseModel, StringConstraints
from sqlalchemy import select

from backend.api.openapi import route
from backend.api.parsing import parse_body, parse_query
from backend.api.schemas import PriorityLabel, Strict, TeamKey, TicketId, TicketIn
from backend.auth import authenticate_agent, current_agent
from backend.db import db
from backend.errors import APIError, error_response
from backend.escalation.escalator import EscalationRequest
from backend.escalation.leak_check import PrivateDataLeak
from backend.escalation.public_text import MAX_EDIT_BODY, MAX_EDIT_TITLE
from backend.escalation.service import escalator
from backend.escalation.zendesk_client import TicketComment, TicketData
from backend.models import Escalation
from backend.settings import Settings

bp = Blueprint("escalations", __name__)


class EscalationBody(Strict):
    """What the sidebar's Escalate button sends."""

    ticket_id: TicketId
    ticket: TicketIn | None = None
    team: TeamKey | None = None
    priority: PriorityLabel | None = None
    kind: Literal["rfh", "defect"] = "rfh"
    note: Annotated[str, StringConstraints(max_length=20_000)] | None = None
    timeline: Annotated[str, StringConstraints(max_length=2_000)] | None = None
    link_issue: Annotated[str, StringConstraints(max_length=500)] | None = None
    suggestion_id: TicketId | None = None
    # The agent's edited public draft (kind "defect" only); redacted and checked again.
    title: Annotated[str, StringConstraints(max_length=MAX_EDIT_TITLE)] | None = None
    body: Annotated[str, StringConstraints(max_length=MAX_EDIT_BODY)] | None = None


class IssueOut(BaseModel):
    """The GitHub issue."""

    url: str | None
    number: int | None
    repo: str
    labels: list[str] = []
    title: str | None = None
    body: str | None = None
    state: str | None = None


class SlackOut(BaseModel):
    """The Step 5 hand-off."""

    channel: str
    handle: str | None
    text: str
    hint: str


class EscalationOut(BaseModel):
    """The answer of POST /escalations."""

    status: Literal["created", "existing", "preview"]
    escalation_id: int | None
    kind: str
    team: str
    priority: str
    issue: IssueOut
    slack: SlackOut
    ticket_updated: bool
    customer_reply: str
    preview: bool
    message: str
    warnings: list[str]


class RedactionOut(BaseModel):
    """One kind of private text removed from a public defect ([redacted-email] marks it)."""

    kind: str
    placeholder: str
    count: int


class PreviewIssueOut(BaseModel):
    """The issue that would be filed."""

    repo: str
    title: str
    body: str
    labels: list[str]
    redactions: list[RedactionOut] = []


class PreviewOut(BaseModel):
    """The answer of POST /escalations/preview."""

    kind: str
    team: str
    priority: str
    issue: PreviewIssueOut
    slack: SlackOut
    preview: bool


class ListQuery(Strict):
    """GET /escalations?ticket_id=N."""

    ticket_id: TicketId


class ItemOut(BaseModel):
    """One escalation of a ticket."""

    id: int
    kind: str
    state: str
    team: str
    priority: str
    issue: IssueOut
    ticket_updated: bool
    docs_update: bool
    created_at: datetime
    closed_at: datetime | None


class ListOut(BaseModel):
    """Everything a ticket is linked to."""

    escalations: list[ItemOut]


class PatchBody(Strict):
    """What may change on an escalation after the fact."""

    docs_update: bool


def ticket_data(ticket: TicketIn, ticket_id: int, settings: Settings) -> TicketData:
    """The escalation flow's ticket from the sidebar's inline JSON."""
    org = ticket.organization
    url = (f"https://{settings.zendesk_subdomain}.zendesk.com/agent/tickets/{ticket_id}"
           if settings.zendesk_subdomain else "")
    comments = ticket.comment_objects()
    return TicketData(
        id=ticket_id, subject=ticket.subject, description=ticket.description,
        comments=[c.body for c in comments], tags=list(ticket.tags), priority=ticket.priority,
        organization={"name": org.name, "tags": list(org.tags)} if org and org.name else None,
        requester_name=ticket.requester, requester_email=ticket.requester_email,
        attachments=list(ticket.attachments), custom_fields={}, url=url,
        comment_details=[TicketComment(public=c.public, author_name=c.author)
                         for c in comments],
    )


def _request(body: EscalationBody) -> EscalationRequest:
    settings: Settings = current_app.config["SETTINGS"]
    if body.ticket is not None and body.ticket.id not in (None, body.ticket_id):
        raise APIError(422, "ticket_mismatch", "ticket.id and ticket_id name different tickets.")
    if (body.title is not None or body.body is not None) and body.kind != "defect":
        raise APIError(422, "edit_not_allowed", "Only a defect's public draft can be edited: "
                       "the RFH is composed from the ticket. Leave out title and body.")
    return EscalationRequest(
        ticket_id=body.ticket_id,
        ticket=ticket_data(body.ticket, body.ticket_id, settings) if body.ticket else None,
        team=body.team, priority=body.priority, kind=body.kind, note=body.note,
        timeline=body.timeline, link_issue=body.link_issue, suggestion_id=body.suggestion_id,
        agent=current_agent(), title=body.title, body=body.body,
    )


@bp.errorhandler(PrivateDataLeak)
def _private_data(exc: PrivateDataLeak) -> ResponseReturnValue:
    """A public defect that still holds private values: nothing was filed."""
    return error_response(
        422, "private_data_in_public_issue",
        "The public issue still contains private data from the ticket, so nothing was filed. "
        "Edit the title or body to remove the values listed in details and try again.",
        exc.findings)


def item(row: Escalation) -> dict[str, Any]:
    """The list item shape of one row."""
    return {
        "id": row.id, "kind": row.kind, "state": row.state, "team": row.team,
        "priority": row.priority,
        "issue": {"url": row.issue_url, "number": row.issue_number, "repo": row.repo,
                  "labels": list(row.labels or []), "title": row.title or None,
                  "state": row.issue_state},
        "ticket_updated": bool(row.ticket_updated), "docs_update": bool(row.docs_update),
        "created_at": row.created_at.isoformat(),
        "closed_at": row.closed_at.isoformat() if row.closed_at else None,
    }


@route(bp, "/escalations/preview", "POST", summary="The issue and Slack hand-off that would be "
       "filed, without filing.", body=EscalationBody, response=PreviewOut)
def preview_escalation() -> ResponseReturnValue:
    """Compose without filing."""
    authenticate_agent()
    body = parse_body(EscalationBody)
    return jsonify(escalator().preview(_request(body)))


@route(bp, "/escalations", "POST", summary="File the RFH (or defect) exactly once, link it on the "
       "ticket, answer the Slack hand-off.", body=EscalationBody, response=EscalationOut,
       status=201)
def create_escalation() -> ResponseReturnValue:
    """Handbook Steps 4 and 5 in one click."""
    authenticate_agent()
    body = parse_body(EscalationBody)
    outcome = escalator().escalate(_request(body))
    return jsonify(outcome.payload), outcome.http_status


@route(bp, "/escalations", "GET", summary="What a ticket is linked to, with the issues' states.",
       query=ListQuery, response=ListOut)
def list_escalations() -> ResponseReturnValue:
    """Every escalation of a ticket, oldest first."""
    authenticate_agent()
    query = parse_query(ListQuery)
    with db.transaction() as session:
        rows = session.scalars(select(Escalation).where(Escalation.ticket_id == query.ticket_id)
                               .order_by(Escalation.id)).all()
        return jsonify(escalations=[item(r) for r in rows])


@route(bp, "/escalations/<int:escalation_id>", "PATCH", summary="Record whether the escalation "
       "led to a docs update.", body=PatchBody, response=ItemOut)
def update_escalation(escalation_id: int) -> ResponseReturnValue:
    """Set docs_update (handbook: check that docs updates happen)."""
    authenticate_agent()
    body = parse_body(PatchBody)
    with db.transaction() as session:
        row = session.get(Escalation, escalation_id)
        if row is None:
            raise APIError(404, "escalation_not_found", f"No escalation {escalation_id}.")
        row.docs_update = body.docs_update
        session.flush()
        return jsonify(item(row))
