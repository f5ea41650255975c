"""The ticket-access rule (Zendesk's ticket_restriction) and its cache, without any server."""

from __future__ import annotations

from dataclasses import replace

import pytest

from backend.integrations.zendesk_access import TicketScope, UserAccess
from backend.integrations.zendesk_errors import ZendeskError
from backend.ticket_access import TicketAccess, may_see

AGENT = UserAccess(id=5, role="agent", active=True, suspended=False, restricted=False,
                   restriction=None, organization_id=70, group_ids=frozenset({30}))
TICKET = TicketScope(id=1, requester_id=9, assignee_id=None, group_id=31, organization_id=71)


def restricted(restriction: str | None) -> UserAccess:
    """The agent with a ticket restriction."""
    return replace(AGENT, restricted=True, restriction=restriction)


@pytest.mark.parametrize(("user", "ticket", "expected"), [
    (AGENT, TICKET, True),
    (replace(AGENT, role="admin", restricted=True, restriction="assigned"), TICKET, True),
    (replace(AGENT, role="end-user", restricted=True, restriction="requested"),
     replace(TICKET, requester_id=5), False),
    (replace(AGENT, suspended=True), TICKET, False),
    (replace(AGENT, active=False), TICKET, False),
    (restricted("assigned"), TICKET, False),
    (restricted("assigned"), replace(TICKET, assignee_id=5), True),
    (restricted("groups"), TICKET, False),
    (restricted("groups"), replace(TICKET, group_id=30), True),
    (restricted("groups"), replace(TICKET, assignee_id=5), True),
    (restricted("organization"), TICKET, False),
    (restricted("organization"), replace(TICKET, organization_id=70), True),
    (replace(restricted("organization"), organization_id=None),
     replace(TICKET, organization_id=None), False),
    (restricted("requested"), TICKET, False),
    (restricted("requested"), replace(TICKET, requester_id=5), True),
    (restricted("requested"), replace(TICKET, assignee_id=5), False),
    (restricted(None), TICKET, False),  # restricted, but how is unknown: fail closed
    (restricted("brand_new_rule"), replace(TICKET, assignee_id=5), False),
])
def test_may_see_follows_zendesk(user: UserAccess, ticket: TicketScope, expected: bool) -> None:
    """Each role and restriction against the ticket fields it looks at."""
    assert may_see(user, ticket) is expected


class Lookups:
    """Counts calls; answers from dicts; raises what it is told to."""

    def __init__(self, users: dict[int, UserAccess], tickets: dict[int, TicketScope]) -> None:
        self.users, self.tickets, self.calls = users, tickets, 0
        self.error: ZendeskError | None = None

    def get_user_access(self, user_id: int) -> UserAccess:
        self.calls += 1
        if self.error:
            raise self.error
        if user_id not in self.users:
            raise ZendeskError("not_found", "no such user")
        return self.users[user_id]

    def get_ticket_scope(self, ticket_id: int) -> TicketScope:
        self.calls += 1
        if ticket_id not in self.tickets:
            raise ZendeskError("not_found", "no such ticket")
        return self.tickets[ticket_id]


def test_cache_remembers_users_and_decisions_and_skips_tickets_for_unrestricted() -> None:
    """One user read per user; the ticket is never read for an agent who sees every ticket."""
    lookups = Lookups({5: AGENT, 6: replace(restricted("assigned"), id=6)}, {1: TICKET})
    access = TicketAccess()
    assert access.allowed(lookups, 5, 1) and access.allowed(lookups, 5, 2)
    assert lookups.calls == 1
    assert not access.allowed(lookups, 6, 1)
    assert not access.allowed(lookups, 6, 1)
    assert lookups.calls == 3  # user 6, then ticket 1, once each


def test_unknown_users_and_hidden_missing_tickets_are_denied_not_errors() -> None:
    """not_found is a decision (deny); a restricted agent cannot probe which tickets exist."""
    lookups = Lookups({6: replace(restricted("assigned"), id=6)}, {})
    access = TicketAccess()
    assert access.allowed(lookups, 404, 1) is False
    assert access.allowed(lookups, 6, 12345) is False


def test_outages_propagate_and_are_not_cached() -> None:
    """A Zendesk failure is never turned into a decision, and the next call asks again."""
    lookups = Lookups({5: AGENT}, {1: TICKET})
    lookups.error = ZendeskError("unavailable", "down")
    access = TicketAccess()
    with pytest.raises(ZendeskError):
        access.allowed(lookups, 5, 1)
    lookups.error = None
    assert access.allowed(lookups, 5, 1) is True


def test_the_cache_is_bounded() -> None:
    """Old entries make way for new ones beyond maxsize."""
    lookups = Lookups({5: AGENT}, {})
    access = TicketAccess(maxsize=2)
    for ticket_id in range(1, 10):
        access.allowed(lookups, 5, ticket_id)
    assert len(access._decisions) == 2
