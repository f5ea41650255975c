"""Get the ticket a request is about: inline from the sidebar, or through the Zendesk API."""

from __future__ import annotations

from backend.api.schemas import TicketIn
from backend.errors import APIError
from backend.integrations.extension import integrations
from backend.tickets import Ticket


def fetch_ticket(ticket_id: int) -> Ticket:
    """Read a ticket through zenpy; 422 when Zendesk is not configured (send it inline instead).

    A ZendeskError goes up as it is: the API's error handlers answer it.
    """
    client = integrations.zendesk()
    if client is None:
        raise APIError(
            422,
            "ticket_required",
            "Zendesk credentials are not configured on this service: send the ticket inline.",
        )
    ticket: Ticket = client.get_ticket(ticket_id)
    return ticket


def resolve_ticket(ticket: TicketIn | None, ticket_id: int | None) -> Ticket:
    """The ticket to route: inline when given, else fetched by id."""
    if ticket is not None:
        if ticket.id is not None and ticket_id is not None and ticket.id != ticket_id:
            # Which one would the row be stored under? Refused, as escalations refuse it.
            raise APIError(422, "ticket_mismatch",
                           "ticket.id and ticket_id name different tickets.")
        return ticket.to_ticket(ticket_id)
    assert ticket_id is not None
    return fetch_ticket(ticket_id)
