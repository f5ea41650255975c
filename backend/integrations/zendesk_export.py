"""Zendesk's cursor-based incremental export, solved and closed tickets only, resumable."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import TYPE_CHECKING

from backend.tickets import Ticket

if TYPE_CHECKING:
    from backend.integrations.zendesk import ZendeskTickets

SOLVED_STATUSES = frozenset({"solved", "closed"})


class SolvedTickets(Iterator[Ticket]):
    """Iterator over an incremental export, solved/closed tickets only, resumable by ``cursor``."""

    def __init__(
        self,
        client: ZendeskTickets,
        *,
        start_time: int | None,
        cursor: str | None,
        per_page: int | None,
    ) -> None:
        """Prepare the export; nothing is fetched before the first next()."""
        self._client = client
        self._start_time = start_time
        self._next_cursor = cursor
        self._per_page = per_page
        self._buffer: deque[Ticket] = deque()
        self._page_after: str | None = None
        self.cursor: str | None = cursor  # safe resume point (None: resume from ``since``)
        self.end_of_stream = False
        self.pages = 0

    def __iter__(self) -> SolvedTickets:
        """Return self."""
        return self

    def __next__(self) -> Ticket:
        """Next solved ticket; fetches pages as needed (ZendeskError on failure)."""
        while True:
            if self._buffer:
                return self._buffer.popleft()
            # The consumer came back for more: every ticket of the current page was handled,
            # so the page's end is now a safe resume point.
            if self._page_after is not None:
                self.cursor = self._page_after
            if self.end_of_stream:
                raise StopIteration
            self._fetch()

    def _fetch(self) -> None:
        tickets, after, end = self._client.export_page(
            self._start_time if self._next_cursor is None else None,
            self._next_cursor, self._per_page,
        )
        self.pages += 1
        self._buffer.extend(
            self._client.to_ticket(t)
            for t in tickets
            if getattr(t, "status", None) in SOLVED_STATUSES
        )
        self._page_after = after
        self._next_cursor = after
        self.end_of_stream = end or after is None
