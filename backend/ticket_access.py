"""Who may read which ticket through this service: Zendesk's own rule, checked and cached.

The service reads Zendesk with its own (admin) credentials, so it must never show an agent a
ticket Zendesk would not show them. The rule mirrors Zendesk's ticket access:

* admins, and agents Zendesk does not restrict, see every ticket;
* a restricted agent sees a ticket by their ``ticket_restriction``: ``assigned`` (they are
  the assignee), ``groups`` (the ticket's group is one of theirs, or they are the assignee),
  ``organization`` (the ticket's organization is theirs, or they are the assignee),
  ``requested`` (they are the requester); any other or missing restriction sees nothing;
* end users, and deleted or suspended users, see nothing here.

Decisions are cached for a short while (TICKET_ACCESS_TTL_SECONDS): a reassignment or a role
change takes effect within that time.
"""

from __future__ import annotations

import threading
from typing import Protocol

from cachetools import TTLCache

from backend.integrations.zendesk_access import TicketScope, UserAccess
from backend.integrations.zendesk_errors import ZendeskError

TICKET_ACCESS_TTL_SECONDS = 60.0
TICKET_ACCESS_CACHE_SIZE = 10_000


class AccessLookups(Protocol):
    """The two Zendesk reads the check needs (ZendeskTickets provides them)."""

    def get_user_access(self, user_id: int) -> UserAccess:
        """The user's role and restriction."""

    def get_ticket_scope(self, ticket_id: int) -> TicketScope:
        """The ticket's requester, assignee, group and organization."""


def sees_every_ticket(user: UserAccess) -> bool:
    """Admins and unrestricted agents (active, not suspended) see every ticket."""
    if not user.active or user.suspended:
        return False
    return user.role == "admin" or (user.role == "agent" and not user.restricted)


def may_see(user: UserAccess, ticket: TicketScope) -> bool:
    """Whether Zendesk would show ``ticket`` to ``user``."""
    if sees_every_ticket(user):
        return True
    if user.role != "agent" or not user.active or user.suspended:
        return False
    assigned = ticket.assignee_id == user.id
    if user.restriction == "assigned":
        return assigned
    if user.restriction == "groups":
        return assigned or (ticket.group_id is not None and ticket.group_id in user.group_ids)
    if user.restriction == "organization":
        return assigned or (ticket.organization_id is not None
                            and ticket.organization_id == user.organization_id)
    if user.restriction == "requested":
        return ticket.requester_id == user.id
    return False  # a restriction this service does not know: fail closed


class TicketAccess:
    """The cached decision "may Zendesk user U see ticket T", per app (thread-safe)."""

    def __init__(self, ttl: float = TICKET_ACCESS_TTL_SECONDS,
                 maxsize: int = TICKET_ACCESS_CACHE_SIZE) -> None:
        """An empty cache of users and decisions, each kept ``ttl`` seconds."""
        self._users: TTLCache[int, UserAccess | None] = TTLCache(maxsize, ttl)
        self._decisions: TTLCache[tuple[int, int], bool] = TTLCache(maxsize, ttl)
        self._lock = threading.Lock()

    def allowed(self, lookups: AccessLookups, user_id: int, ticket_id: int) -> bool:
        """Decide (or recall) access; ZendeskError other than not_found propagates (no guess)."""
        key = (user_id, ticket_id)
        with self._lock:
            if key in self._decisions:
                return self._decisions[key]
        user = self._user(lookups, user_id)
        if user is None:
            decision = False  # Zendesk knows no such user
        elif sees_every_ticket(user):
            decision = True  # no need to read the ticket
        else:
            try:
                decision = may_see(user, lookups.get_ticket_scope(ticket_id))
            except ZendeskError as exc:
                if exc.code != "not_found":
                    raise
                decision = False  # do not tell a restricted agent whether the ticket exists
        with self._lock:
            self._decisions[key] = decision
        return decision

    def clear(self) -> None:
        """Forget every cached user and decision."""
        with self._lock:
            self._users.clear()
            self._decisions.clear()

    def _user(self, lookups: AccessLookups, user_id: int) -> UserAccess | None:
        with self._lock:
            if user_id in self._users:
                return self._users[user_id]
        try:
            user: UserAccess | None = lookups.get_user_access(user_id)
        except ZendeskError as exc:
            if exc.code != "not_found":
                raise
            user = None
        with self._lock:
            self._users[user_id] = user
        return user
