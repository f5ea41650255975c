"""POST /api/v1/suggestions: team, priority, missing details and evidence for a ticket."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, current_app, jsonify
from flask.typing import ResponseReturnValue
from pydantic import BaseModel, model_validator
from sqlalchemy import Table

from backend.api.access import require_ticket_access
from backend.api.openapi import route
from backend.api.parsing import parse_body
from backend.api.schemas import Strict, TicketId, TicketIn
from backend.api.tickets import resolve_ticket
from backend.auth import authenticate_agent, current_agent
from backend.db import db
from backend.learning.similar import similar as similar_cases
from backend.metrics import metrics
from backend.models import Suggestion as SuggestionRow
from backend.models import utcnow
from backend.routing.text import prepare_ticket

bp = Blueprint("suggestions", __name__)
# Every column of the recorded row, the model's defaults included (backend/row_insert.py).
_SUGGESTIONS: Table = SuggestionRow.__table__  # type: ignore[assignment]  # a mapped Table
_SUGGESTION_COLUMNS = ("ticket_id", "created_at", "model_version", "team", "confidence",
                       "confident", "priority", "agent")


class SuggestionRequest(Strict):
    """Either the ticket itself or its id (then read through the Zendesk API)."""

    ticket: TicketIn | None = None
    ticket_id: TicketId | None = None

    @model_validator(mode="after")
    def _one_of(self) -> SuggestionRequest:
        if self.ticket is None and self.ticket_id is None:
            raise ValueError("send either 'ticket' or 'ticket_id'")
        return self


class TeamOut(BaseModel):
    """The suggested team and how to reach it."""

    key: str
    name: str
    confidence: float
    channel: str
    handle: str | None
    handle_hint: str | None = None
    label: str
    route: str | None
    section: str | None


class AlternativeOut(BaseModel):
    """One of the top three teams."""

    key: str
    name: str
    confidence: float


class PriorityOut(BaseModel):
    """The suggested se/pN label and why."""

    label: str
    severity: int
    reasons: list[str]


class MissingOut(BaseModel):
    """A detail to gather."""

    key: str
    label: str
    ask: str


class SimilarIssueOut(BaseModel):
    """The GitHub issue a past ticket was escalated to."""

    url: str | None
    number: int | None
    state: str
    kind: str


class SimilarOut(BaseModel):
    """A past escalation or solved ticket that reads like this one (see learning.similar)."""

    ticket_id: int | None
    subject: str
    team: str
    team_name: str
    score: float
    issue: SimilarIssueOut | None
    resolution: dict[str, Any] | None
    docs_update: bool


class AgentChoiceOut(BaseModel):
    """What agents last chose for this very ticket (a correction or an escalation)."""

    team: str
    priority: str


class SuggestionResponse(BaseModel):
    """What the sidebar shows."""

    suggestion_id: int
    ticket_id: int | None
    team: TeamOut
    alternatives: list[AlternativeOut]
    confident: bool
    priority: PriorityOut
    missing_details: list[MissingOut]
    evidence: list[dict[str, Any]]
    similar: list[SimilarOut]
    model_version: int | None
    deployment: str
    preview: bool
    # None: no agent changed this ticket's team or priority (or escalated it) yet.
    agent_choice: AgentChoiceOut | None = None


@route(
    bp,
    "/suggestions",
    "POST",
    summary="Suggest team, priority and missing details.",
    body=SuggestionRequest,
    response=SuggestionResponse,
)
def create_suggestion() -> ResponseReturnValue:
    """Route the ticket, record the suggestion, answer it."""
    authenticate_agent()
    body = parse_body(SuggestionRequest)
    require_ticket_access(body.ticket_id, body.ticket)
    ticket = resolve_ticket(body.ticket, body.ticket_id)
    live = current_app.extensions["live_model"]
    # Repeated views of the same content are answered from the live model's cache; each view
    # is still recorded below.
    result = live.suggest(ticket)
    # The text the router read (prepare_ticket's), cached with the answer: not prepared twice.
    text = result.text or prepare_ticket(ticket.subject, ticket.description,
                                         ticket.comment_bodies(), ticket.tags, ticket.org_tags)
    names = {key: team.name for key, team in live.router().handbook.teams.items()}
    similar = similar_cases(live.past_cases(), text, ticket.id, names)
    choice = live.saved_choice(ticket.id)
    # One INSERT in its own transaction on a pooled DBAPI cursor: the same row as session.add()
    # and flush(), without the ORM's unit of work or Core's execution machinery, which cost
    # more than the statement and the commit for one row.
    record = db.row_insert(_SUGGESTIONS, _SUGGESTION_COLUMNS)
    suggestion_id = record({
        "ticket_id": ticket.id,
        "created_at": utcnow(),
        "model_version": result.model_version,
        "team": result.team["key"],
        "confidence": result.team["confidence"],
        "confident": result.confident,
        "priority": result.priority["label"],
        "agent": current_agent(),
    })
    metrics.suggestion_served(result.team["key"], result.team["confidence"])
    return jsonify(
        suggestion_id=suggestion_id,
        ticket_id=ticket.id,
        team=result.team,
        alternatives=result.alternatives,
        confident=result.confident,
        priority=result.priority,
        missing_details=result.missing_details,
        evidence=result.evidence,
        similar=similar,
        model_version=result.model_version,
        deployment=result.deployment,
        preview=current_app.extensions["integrations"].preview,
        agent_choice=choice,
    )
