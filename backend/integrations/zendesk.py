"""Thin wrapper over zenpy for reading tickets and linking RFH issues back to them.

What it adds to zenpy, and why:

* A 429 never hangs a web worker. zenpy sleeps ``Retry-After`` seconds and retries without end
  unless ``ratelimit_budget`` is set; with it, zenpy sleeps second by second and raises
  ``RatelimitBudgetExceeded`` once the budget drops below one second. Two gaps remain, closed
  here: the budget lives on each zenpy API object and is never refilled (after a few 429s a
  long-lived client would give up at once forever), so it is refilled before every call of
  this wrapper; and zenpy would still sleep ``budget - 1`` seconds before giving up on a
  ``Retry-After`` it can never honour, so a response hook on our session gives up at once
  instead, carrying the ``Retry-After`` zenpy does not report.
* Writes are sent once. zenpy's own session retries PUT on 503 (urllib3's default methods), and
  a retried ticket PUT posts the note twice. We pass our own session whose retry policy only
  repeats GET (on 502/503/504 and on connections that never opened), for http and https alike.
* Errors come out as one ``ZendeskError`` with a small closed set of codes and plain words.
* Caching is off: a ticket read right after an update must show the update.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry
from zenpy import Zenpy
from zenpy.lib.api_objects import Comment as ZenpyComment
from zenpy.lib.api_objects import Ticket as ZenpyTicket
from zenpy.lib.exception import RecordNotFoundException

from backend.integrations.zendesk_access import TicketScope, UserAccess
from backend.integrations.zendesk_errors import ErrorCode as ErrorCode
from backend.integrations.zendesk_errors import GiveUp, classify
from backend.integrations.zendesk_errors import ZendeskError as ZendeskError
from backend.integrations.zendesk_export import SolvedTickets
from backend.integrations.zendesk_people import comment_of, people_of, users_on
from backend.text_clean import cleaned
from backend.tickets import Ticket, agent_url


def _safe_retry() -> Retry:
    """GET-only retry policy: a PUT that adds a note must never be sent twice."""
    return Retry(
        total=2,
        connect=2,  # the connection never opened: nothing was sent
        read=False,  # re-raise read errors as they are, so a timeout stays a timeout
        status=2,
        other=0,
        allowed_methods=frozenset({"GET", "HEAD"}),
        status_forcelist=(502, 503, 504),
        backoff_factor=0.2,
        respect_retry_after_header=False,  # 429 is zenpy's (bounded) business, not urllib3's
        raise_on_status=False,
    )


class ZendeskTickets:
    """Read tickets, add internal notes, tags and fields, export solved tickets.

    Not thread-safe (zenpy objects keep per-call state): use one instance per thread or
    request. Construction sends no request.
    """

    def __init__(
        self,
        subdomain: str,
        email: str,
        token: str,
        *,
        timeout: float = 5.0,
        ratelimit_budget: float = 3.0,
    ) -> None:
        """Configure zenpy with a bounded rate-limit wait, a timeout, no cache, safe retries."""
        self.subdomain = subdomain
        self.timeout = timeout
        self.ratelimit_budget = ratelimit_budget
        self._local = threading.local()
        session = requests.Session()
        adapter = HTTPAdapter(max_retries=_safe_retry())
        session.mount("https://", adapter)
        session.mount("http://", adapter)
        session.hooks["response"].append(self._on_response)
        self._z = Zenpy(
            subdomain=subdomain,
            email=email,
            token=token,
            session=session,
            timeout=timeout,
            ratelimit_budget=ratelimit_budget,
            disable_cache=True,
        )

    # ------------------------------------------------------------------ public
    def get_ticket(self, ticket_id: int) -> Ticket:
        """Read a ticket with its comments, requester and organization (4+ GETs)."""
        with self._call(f"reading ticket {ticket_id}"):
            ticket = self._z.tickets(id=ticket_id)
            if not isinstance(ticket, ZenpyTicket):
                raise ZendeskError("unavailable", f"Zendesk answered ticket {ticket_id} with"
                                   " something that is not a ticket")
            comments = list(self._z.tickets.comments(ticket_id))
            requester = self._optional(self._z.users, ticket.requester_id)
            org = self._optional(self._z.organizations, ticket.organization_id)
            users = users_on(self._z, ticket, comments, requester)
        first, rest = (comments[0], comments[1:]) if comments else (None, [])
        description = ticket.description or (first.body if first is not None else "") or ""
        # Cleaned as request bodies are: Zendesk's JSON may escape half a surrogate pair.
        return cleaned(Ticket(
            id=int(ticket.id),
            subject=ticket.subject or "",
            description=description,
            comments=[comment_of(c, users) for c in rest],
            tags=list(ticket.tags or []),
            priority=ticket.priority,
            organization=org.name if org else None,
            org_tags=list(org.tags or []) if org else [],
            org_domains=[str(d) for d in getattr(org, "domain_names", None) or [] if d]
            if org else [],
            org_fields=dict(getattr(org, "organization_fields", None) or {}) if org else {},
            requester_name=requester.name if requester else None,
            requester_email=requester.email if requester else None,
            attachments=[
                a.file_name for c in comments for a in (c.attachments or [])
                if getattr(a, "file_name", None)
            ],
            custom_fields=_custom_fields(ticket.custom_fields),
            url=self.agent_url(int(ticket.id)),
            description_public=first is None or getattr(first, "public", True) is not False,
            people=people_of(users),
        ))

    def link_issue(
        self,
        ticket_id: int,
        *,
        note: str,
        tags: list[str],
        field_id: int | None,
        field_value: str | None,
    ) -> None:
        """Add ``tags`` (keeping the others), then a private note and the field in one update.

        Two requests: a single ticket update replaces the tag list (additional_tags works only
        on the bulk endpoint), so tags go through the Add Tags endpoint. Tags go first because
        adding them twice is harmless: if the update then fails, no note was written yet and
        link_issue can simply be called again.
        """
        with self._call(f"linking ticket {ticket_id} to its issue"):
            if tags:
                self._z.tickets.add_tags(ticket_id, list(tags))
            update = ZenpyTicket(id=ticket_id, comment=ZenpyComment(body=note, public=False))
            if field_id is not None:
                update.custom_fields = [{"id": field_id, "value": field_value}]
            self._z.tickets.update(update)

    def has_private_note(self, ticket_id: int, line: str, *,
                         since: datetime | None = None) -> bool:
        """True when a private note (written at or after ``since``) has ``line`` as a whole line.

        For a retry after an update whose answer never came: Zendesk may have applied it, and
        a second note would repeat the first. A whole line, not a substring: the issue URL
        alone also starts every comment link of that issue, and other notes quote it.
        """
        wanted = line.strip()

        def matches(comment: Any) -> bool:
            if getattr(comment, "public", True):
                return False
            if since is not None and (comment.created is None or comment.created < since):
                return False
            return any(got.strip() == wanted for got in (comment.body or "").splitlines())

        with self._call(f"reading the comments of ticket {ticket_id}"):
            return any(matches(c) for c in self._z.tickets.comments(ticket_id))

    def add_note(self, ticket_id: int, note: str) -> None:
        """Add a private (internal) note to a ticket (one PUT)."""
        with self._call(f"adding a note to ticket {ticket_id}"):
            self._z.tickets.update(
                ZenpyTicket(id=ticket_id, comment=ZenpyComment(body=note, public=False)))

    def iter_solved(
        self,
        since: datetime | None = None,
        *,
        cursor: str | None = None,
        per_page: int | None = None,
    ) -> SolvedTickets:
        """Export solved/closed tickets changed since ``since`` (or resume from ``cursor``).

        Returns an iterator of Ticket whose ``cursor`` attribute is, at any moment, a safe
        point to resume from with ``iter_solved(cursor=...)``: nothing not yet handed out is
        skipped (the rest of the current page may come again). After the loop ends it is the
        cursor for the next incremental run. Rows carry no comments, requester or
        organization: call get_ticket(id) for those. A naive ``since`` is taken as UTC.
        """
        if (since is None) == (cursor is None):
            raise ValueError("pass either since or cursor")
        start_time = None
        if since is not None:
            aware = since if since.tzinfo else since.replace(tzinfo=UTC)
            start_time = int(aware.timestamp())
        return SolvedTickets(self, start_time=start_time, cursor=cursor, per_page=per_page)

    def get_user_access(self, user_id: int) -> UserAccess:
        """A user's role and ticket restriction (1 GET; 1+ more for a group-restricted agent)."""
        with self._call(f"reading user {user_id}"):
            user = self._z.users(id=user_id)
            flag = getattr(user, "restricted_agent", None)
            restricted = True if flag is None else bool(flag)  # unknown: fail closed
            restriction = getattr(user, "ticket_restriction", None)
            groups: frozenset[int] = frozenset()
            if restricted and restriction == "groups":
                groups = frozenset(int(m.group_id) for m in self._z.users.group_memberships(user_id)
                                   if getattr(m, "group_id", None) is not None)
        org = getattr(user, "organization_id", None)
        return UserAccess(
            id=int(user.id), role=str(getattr(user, "role", None) or "end-user"),
            active=bool(getattr(user, "active", True)),
            suspended=bool(getattr(user, "suspended", False)), restricted=restricted,
            restriction=str(restriction) if restriction else None,
            organization_id=int(org) if org else None, group_ids=groups,
        )

    def get_ticket_scope(self, ticket_id: int) -> TicketScope:
        """The requester, assignee, group and organization of a ticket (1 GET)."""
        with self._call(f"reading ticket {ticket_id}"):
            ticket = self._z.tickets(id=ticket_id)

        def number(name: str) -> int | None:
            value = getattr(ticket, name, None)
            return int(value) if value else None

        return TicketScope(id=int(ticket.id), requester_id=number("requester_id"),
                           assignee_id=number("assignee_id"), group_id=number("group_id"),
                           organization_id=number("organization_id"))

    def agent_url(self, ticket_id: int) -> str:
        """The ticket's page in the agent workspace."""
        return agent_url(self.subdomain, ticket_id)

    # --------------------------------------------------------------- internals
    def export_page(
        self, start_time: int | None, cursor: str | None, per_page: int | None
    ) -> tuple[list[Any], str | None, bool]:
        """One page of the cursor-based incremental export: (tickets, after_cursor, end)."""
        with self._call("exporting tickets"):
            if cursor is not None:
                page = self._z.tickets.incremental(cursor=cursor)
            else:
                page = self._z.tickets.incremental(start_time=start_time, per_page=per_page)
            tickets = list(page.values or [])  # this page only: iterating would fetch the next
            after = getattr(page, "after_cursor", None)
            end = bool(getattr(page, "end_of_stream", True))
        return tickets, after, end

    def to_ticket(self, ticket: Any) -> Ticket:
        """Our Ticket from a zenpy ticket (no comments, requester or organization), cleaned as
        get_ticket's is (the history import stores these texts)."""
        return cleaned(Ticket(
            id=int(ticket.id),
            subject=ticket.subject or "",
            description=ticket.description or "",
            tags=list(ticket.tags or []),
            priority=ticket.priority,
            custom_fields=_custom_fields(ticket.custom_fields),
            url=self.agent_url(int(ticket.id)),
        ))

    def _optional(self, api: Any, record_id: int | None) -> Any:
        """Fetch a related record, or None when there is none or it was deleted."""
        if not record_id:
            return None
        try:
            return api(id=record_id)
        except RecordNotFoundException:
            return None

    def _on_response(self, response: Any, *args: Any, **kwargs: Any) -> Any:
        """requests hook: give up on a 429 at once when zenpy's budget cannot cover the wait."""
        if response.status_code != 429:
            return response
        raw = response.headers.get("retry-after")
        try:
            retry_after: float | None = float(raw) if raw is not None else None
        except ValueError:
            retry_after = None
        self._local.last_retry_after = retry_after
        if retry_after is None:
            return response  # zenpy does not wait without the header: it raises APIException
        remaining = getattr(self._local, "budget_left", self.ratelimit_budget)
        # zenpy parses the header with int() and sleeps only while budget - slept >= 1.
        if not str(raw).strip().isdigit() or retry_after > remaining - 1:
            raise GiveUp(retry_after)
        self._local.budget_left = remaining - retry_after
        return response

    @contextmanager
    def _call(self, action: str) -> Iterator[None]:
        """Refill the rate-limit budget, run one operation, translate its errors."""
        for api in (self._z.tickets, self._z.users, self._z.organizations):
            api.ratelimit_budget = int(self.ratelimit_budget)  # zenpy never refills it
        self._local.budget_left = float(int(self.ratelimit_budget))
        self._local.last_retry_after = None
        try:
            yield
        except ZendeskError:
            raise
        except Exception as exc:
            error = classify(exc, action, getattr(self._local, "last_retry_after", None),
                              self.timeout)
            if error is None:
                raise
            raise error from exc


def _custom_fields(raw: Any) -> dict[int, object]:
    out: dict[int, object] = {}
    for item in raw or []:
        if isinstance(item, dict) and item.get("id") is not None:
            out[int(item["id"])] = item.get("value")
    return out


