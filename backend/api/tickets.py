"""Get the ticket a request is about: inline from the sidebar, or through the Zendesk API."""

from __future__ import annotations

from typing import Any

from backend.api.schemas import TicketIn
from backend.errors import APIError
from backend.escalation.escalator import router_ticket
from backend.escalation.integrations import integrations
from backend.routing.router import Ticket


def ticket_from_inline(ticket: TicketIn) -> Ticket:
    """A router Ticket from the sidebar's JSON."""
    org = ticket.organization
    return Ticket(
        id=ticket.id,
        subject=ticket.subject,
        description=ticket.description,
        comments=ticket.comment_bodies(),
        tags=list(ticket.tags),
        org_tags=list(org.tags) if org else [],
        organization=org.name if org else None,
        priority=ticket.priority,
        attachments=list(ticket.attachments),
    )


def zendesk_error(exc: Any) -> APIError:
    """Map a ZendeskError to the API's error (never a 500 for an upstream problem)."""
    code = getattr(exc, "code", "unavailable")
    message = getattr(exc, "message", str(exc))
    if code == "not_found":
        return APIError(404, "ticket_not_found", message)
    if code in ("rate_limited", "unavailable", "timeout"):
        return APIError(
            503, f"zendesk_{code}", message, retry_after=getattr(exc, "retry_after", None) or 5
        )
    return APIError(502, f"zendesk_{code}", message)


def fetch_ticket_data(ticket_id: int) -> Any:
    """Read a ticket through zenpy; 422 when Zendesk is not configured (send it inline instead)."""
    client = integrations.zendesk()
    if client is None:
        raise APIError(
            422,
            "ticket_required",
            "Zendesk credentials are not configured on this service: send the ticket inline.",
        )
    from backend.escalation.zendesk_client import ZendeskError

    try:
        return client.get_ticket(ticket_id)
    except ZendeskError as exc:
        raise zendesk_error(exc) from None


def resolve_ticket(ticket: TicketIn | None, ticket_id: int | None) -> Ticket:
    """The ticket to route: inline when given, else fetched by id."""
    if ticket is not None:
        resolved = ticket_from_inline(ticket)
        if resolved.id is None:
            resolved.id = ticket_id
        return resolved
    assert ticket_id is not None
    return router_ticket(fetch_ticket_data(ticket_id))
