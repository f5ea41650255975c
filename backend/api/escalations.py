"""POST/GET/PATCH /api/v1/escalations: the one-click RFH, and what a ticket is linked to."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from flask import Blueprint, current_app, jsonify
from flask.typing import ResponseReturnValue
from pydantic import BaseModel, StringConstraints
from sqlalchemy import select

from backend.api.access import require_ticket_access
from backend.api.limits import rate_limited
from backend.api.openapi import route
from backend.api.parsing import parse_body, parse_query
from backend.api.schemas import PriorityLabel, Strict, TeamKey, TicketId, TicketIn
from backend.auth import authenticate_agent, current_agent
from backend.db import db
from backend.errors import APIError
from backend.escalation.answers import EscalationOut, IssueOut, PreviewOut
from backend.escalation.public_text import MAX_EDIT_BODY, MAX_EDIT_TITLE
from backend.escalation.requests import EscalationRequest
from backend.escalation.service import escalator
from backend.models import Escalation
from backend.settings import Settings
from backend.tickets import agent_url

bp = Blueprint("escalations", __name__)


class EscalationBody(Strict):
    """What the sidebar's Escalate button sends."""

    ticket_id: TicketId
    ticket: TicketIn | None = None
    team: TeamKey | None = None
    priority: PriorityLabel | None = None
    # team: ask the support team first (Step 2); ask: ask the owning team; neither files an issue.
    kind: Literal["rfh", "defect", "team", "ask"] = "rfh"
    note: Annotated[str, StringConstraints(max_length=20_000)] | None = None
    timeline: Annotated[str, StringConstraints(max_length=2_000)] | None = None
    link_issue: Annotated[str, StringConstraints(max_length=500)] | None = None
    suggestion_id: TicketId | None = None
    # The agent's edited public draft (kind "defect" only); redacted and checked again.
    title: Annotated[str, StringConstraints(max_length=MAX_EDIT_TITLE)] | None = None
    body: Annotated[str, StringConstraints(max_length=MAX_EDIT_BODY)] | None = None


class ListQuery(Strict):
    """GET /escalations?ticket_id=N."""

    ticket_id: TicketId


class ItemSlackOut(BaseModel):
    """Where the escalation's Slack message went."""

    channel: str | None
    state: str | None
    permalink: str | None


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
    slack: ItemSlackOut


class ListOut(BaseModel):
    """Everything a ticket is linked to."""

    escalations: list[ItemOut]


class PatchBody(Strict):
    """What may change on an escalation after the fact."""

    docs_update: bool


def _request(body: EscalationBody) -> EscalationRequest:
    settings: Settings = current_app.config["SETTINGS"]
    if body.ticket is not None and body.ticket.id not in (None, body.ticket_id):
        raise APIError(422, "ticket_mismatch", "ticket.id and ticket_id name different tickets.")
    url = agent_url(settings.zendesk_subdomain, body.ticket_id)
    if (body.title is not None or body.body is not None) and body.kind != "defect":
        raise APIError(422, "edit_not_allowed", "Only a defect's public draft can be edited: "
                       "the RFH is composed from the ticket. Leave out title and body.")
    return EscalationRequest(
        ticket_id=body.ticket_id,
        ticket=body.ticket.to_ticket(body.ticket_id, url) if body.ticket else None,
        team=body.team, priority=body.priority, kind=body.kind, note=body.note,
        timeline=body.timeline, link_issue=body.link_issue, suggestion_id=body.suggestion_id,
        agent=current_agent(), title=body.title, body=body.body,
    )


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
        "slack": {"channel": row.slack_channel, "state": row.slack_state,
                  "permalink": row.slack_permalink},
    }


@route(bp, "/escalations/preview", "POST", summary="The issue and Slack hand-off that would be "
       "filed, without filing.", body=EscalationBody, response=PreviewOut)
def preview_escalation() -> ResponseReturnValue:
    """Compose without filing."""
    authenticate_agent()
    body = parse_body(EscalationBody)
    require_ticket_access(body.ticket_id, body.ticket)
    if body.kind in ("team", "ask"):
        raise APIError(422, "preview_not_for_asks", "An ask files no issue, so there is nothing "
                       "to preview: POST /escalations posts it (or, without Slack, answers the "
                       "text to copy).")
    return jsonify(escalator().preview(_request(body)).model_dump(mode="json"))


@route(bp, "/escalations", "POST", summary="File the RFH (or defect) exactly once, link it on the "
       "ticket, post the Slack hand-off; or ask the team or engineering in Slack (no issue).",
       body=EscalationBody, response=EscalationOut,
       status=201, also=(200,))  # 200: the existing escalation, or a preview
@rate_limited("escalations")
def create_escalation() -> ResponseReturnValue:
    """Handbook Steps 4 and 5 in one click."""
    authenticate_agent()
    body = parse_body(EscalationBody)
    require_ticket_access(body.ticket_id, body.ticket)
    outcome = escalator().escalate(_request(body))
    return jsonify(outcome.answer.model_dump(mode="json")), 201 if outcome.created else 200


@route(bp, "/escalations", "GET", summary="What a ticket is linked to, with the issues' states.",
       query=ListQuery, response=ListOut)
def list_escalations() -> ResponseReturnValue:
    """Every escalation of a ticket, oldest first."""
    authenticate_agent()
    query = parse_query(ListQuery)
    require_ticket_access(query.ticket_id)
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
        require_ticket_access(row.ticket_id)
        row.docs_update = body.docs_update
        session.flush()
        return jsonify(item(row))
