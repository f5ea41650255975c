"""POST /api/v1/feedback: the agent's team and priority for a ticket (confirmation or override)."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify
from flask.typing import ResponseReturnValue
from pydantic import BaseModel, model_validator
from sqlalchemy.orm import Session

from backend.api.access import require_ticket_access
from backend.api.limits import rate_limited
from backend.api.openapi import route
from backend.api.parsing import parse_body
from backend.api.schemas import PriorityLabel, RowId, Strict, TeamKey, TicketId, TicketIn
from backend.api.tickets import resolve_ticket
from backend.auth import authenticate_agent, current_agent
from backend.db import db
from backend.errors import APIError
from backend.learning.feedback import hold_choices, record_feedback, repeated_choice
from backend.metrics import metrics
from backend.models import Suggestion as SuggestionRow

bp = Blueprint("feedback", __name__)


class FeedbackRequest(Strict):
    """The ticket (inline or by id), the team and priority the agent chose, and what was shown."""

    ticket: TicketIn | None = None
    ticket_id: TicketId | None = None
    team: TeamKey
    priority: PriorityLabel
    suggestion_id: RowId | None = None

    @model_validator(mode="after")
    def _one_of(self) -> FeedbackRequest:
        if self.ticket is None and self.ticket_id is None:
            raise ValueError("send either 'ticket' or 'ticket_id'")
        return self


class FeedbackResponse(BaseModel):
    """The stored row and whether it overrode the suggestion."""

    id: int
    override: bool
    ticket_id: int | None


def _suggested(
    suggestion_id: int | None, ticket_id: int | None
) -> tuple[str | None, str | None, int | None]:
    """The suggestion the agent saw: (team, priority, model version)."""
    if suggestion_id is None:
        return None, None, None
    with db.transaction() as session:
        row = session.get(SuggestionRow, suggestion_id)
        if row is None or (ticket_id is not None and row.ticket_id not in (None, ticket_id)):
            raise APIError(422, "unknown_suggestion",
                           "suggestion_id does not name a suggestion served for this ticket.",
                           [{"loc": ["suggestion_id"], "type": "value_error",
                             "message": "no such suggestion for the ticket"}])
        return row.team, row.priority, row.model_version


@route(bp, "/feedback", "POST", summary="Record the agent's team and priority for a ticket.",
       body=FeedbackRequest, response=FeedbackResponse, status=201,
       also=(200,))  # 200: the same choice again (a double click or a retry), stored once
@rate_limited("feedback")
def create_feedback() -> ResponseReturnValue:
    """Store the choice with the capped text it was made on; 201 with whether it was an override."""
    authenticate_agent()
    body = parse_body(FeedbackRequest)
    require_ticket_access(body.ticket_id, body.ticket)
    ticket = resolve_ticket(body.ticket, body.ticket_id)
    with db.transaction() as session:
        if (answer := _stored_already(session, body, ticket.id)) is not None:
            return answer  # a double click or a retry: the stored row, not a second one
    team, priority, version = _suggested(body.suggestion_id, ticket.id)
    if team is None:
        # No suggestion named: compare with what the live model says for this ticket now.
        result = current_app.extensions["live_model"].router().suggest(ticket)
        team, priority, version = result.team["key"], result.priority["label"], result.model_version
    with db.transaction() as session:
        # Checked again under a lock: an identical click may have been stored meanwhile.
        hold_choices(session, ticket_id=ticket.id, agent=current_agent())
        if (answer := _stored_already(session, body, ticket.id)) is not None:
            return answer
        row = record_feedback(
            session, ticket=ticket, team=body.team, priority=body.priority, suggested_team=team,
            suggested_priority=priority, model_version=version, agent=current_agent(),
            source="sidebar", suggestion_id=body.suggestion_id,
        )
        row_id, override = row.id, row.is_override
    metrics.feedback("override" if override else "confirmation")
    return jsonify(id=row_id, override=override, ticket_id=ticket.id), 201


def _stored_already(session: Session, body: FeedbackRequest,
                    ticket_id: int | None) -> ResponseReturnValue | None:
    """The 200 answer for a choice this agent just stored for this ticket, if it is one."""
    again = repeated_choice(session, ticket_id=ticket_id, agent=current_agent(), team=body.team,
                            priority=body.priority, suggestion_id=body.suggestion_id)
    if again is None:
        return None
    return jsonify(id=again.id, override=again.is_override, ticket_id=ticket_id), 200
