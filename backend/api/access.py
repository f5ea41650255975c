"""The HTTP side of "who may read what": one check every ticket-scoped view calls.

The rule itself lives in backend.ticket_access; this module picks the caller's identity from
the verified token, maps the decision to 403 ``ticket_forbidden`` and a failed Zendesk lookup
to 503/502 (never a 500, never an allow).
"""

from __future__ import annotations

from flask import current_app, g

from backend.api.domain_errors import zendesk_api_error
from backend.api.schemas import TicketIn
from backend.auth import claimed_ticket_id, claimed_user_id
from backend.errors import APIError
from backend.integrations.extension import integrations
from backend.integrations.zendesk import ZendeskError
from backend.ticket_access import TicketAccess

EXTENSION = "ticket_access"


def ticket_access() -> TicketAccess:
    """This app's decision cache (built on first use)."""
    cache = current_app.extensions.get(EXTENSION)
    if cache is None:
        cache = current_app.extensions[EXTENSION] = TicketAccess()
    return cache


def _forbidden(ticket_id: int, why: str) -> APIError:
    return APIError(403, "ticket_forbidden", f"You may not read ticket {ticket_id}: {why}.",
                    {"ticket_id": ticket_id})


def require_ticket_access(ticket_id: int | None, ticket: TicketIn | None = None) -> None:
    """Raise 403 ticket_forbidden unless the caller may read every ticket the request names.

    Call after authenticate_agent(). The admin token passes. A token that carries a
    ``ticket_id`` claim is good for that ticket only. With Zendesk credentials configured,
    Zendesk decides (through the agent named by ``sub``); without them the service reads no
    ticket of its own, and the caller works on what the sidebar sent.
    """
    named = {t for t in (ticket_id, ticket.id if ticket is not None else None) if t is not None}
    if not named or g.get("is_admin"):
        return
    bound = claimed_ticket_id()
    for tid in sorted(named):
        if bound is not None and tid != bound:
            raise _forbidden(tid, "the token was issued for another ticket")
    client = integrations.zendesk()
    if client is None:
        return
    user_id = claimed_user_id()
    for tid in sorted(named):
        if user_id is None:
            raise _forbidden(tid, "the token names no Zendesk user (claim 'sub')")
        try:
            allowed = ticket_access().allowed(client, user_id, tid)
        except ZendeskError as exc:
            raise _unavailable(exc) from None
        if not allowed:
            raise _forbidden(tid, "Zendesk does not show it to you")


def _unavailable(exc: ZendeskError) -> APIError:
    """Zendesk could not be asked: the same mapping as ticket reads, prefixed for clarity."""
    error = zendesk_api_error(exc)
    error.message = f"Could not check ticket access with Zendesk: {error.message}"
    if error.status == 404:  # not reachable here (not_found is a decision), but never a 500
        return APIError(503, "zendesk_unavailable", error.message, retry_after=5)
    return error
