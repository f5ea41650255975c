"""What Zendesk says decides who may see a ticket: the user's reach and the ticket's scope."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class UserAccess:
    """What Zendesk says about a user's reach over tickets (see backend.ticket_access)."""

    id: int
    role: str  # "end-user", "agent" or "admin"
    active: bool  # false once the user is deleted
    suspended: bool
    restricted: bool  # Zendesk's restricted_agent
    restriction: str | None  # ticket_restriction: assigned, groups, organization, requested
    organization_id: int | None
    group_ids: frozenset[int]  # read only when the restriction is "groups"


@dataclass(frozen=True)
class TicketScope:
    """The fields of a ticket that decide who may see it."""

    id: int
    requester_id: int | None
    assignee_id: int | None
    group_id: int | None
    organization_id: int | None
