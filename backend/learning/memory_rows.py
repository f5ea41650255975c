"""Who each column of a memory's index is: its ticket, row id, team, priority and whether it
still counts, in NumPy columns rather than a Python object per remembered row.

A memory holds up to 100,000 rows. As a tuple of four values, a list entry and a dict slot per
row they took ~39 MB of small objects in the gunicorn master that preloads them, counted in
every forked worker's PSS (docs/performance.md, "Session 25"). Here each row costs 26 bytes in
a few arrays, and the labels are codes into one short list.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np


class RowLedger:
    """The remembered rows, in the index's column order."""

    def __init__(self) -> None:
        self.tickets = np.zeros(0, dtype=np.int64)  # the row's ticket id (see ``ticketed``)
        self.ticketed = np.zeros(0, dtype=bool)  # False: the row has no ticket id
        self.ids = np.zeros(0, dtype=np.int64)  # the row's id in its table
        self.teams = np.zeros(0, dtype=np.int32)  # codes into labels
        self.priorities = np.zeros(0, dtype=np.int32)
        self.alive = np.zeros(0, dtype=bool)  # False: replaced by a later choice (evicted
        # rows are dropped from every column)
        self.labels: list[str] = []
        self._codes: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self.ids)

    def living(self) -> int:
        """How many rows still count."""
        return int(np.count_nonzero(self.alive))

    def forget_tickets(self, tickets: Sequence[int]) -> None:
        """A later choice replaces these tickets' rows: the rows still counting stop counting."""
        if tickets and len(self.ids):
            replaced = self.alive & self.ticketed & np.isin(self.tickets, np.asarray(
                tickets, dtype=np.int64))
            self.alive[replaced] = False

    def latest_for(self, ticket: int) -> int | None:
        """The position of the ticket's row that still counts, if any (a ticket has one)."""
        if not len(self.ids):
            return None
        found = np.flatnonzero(self.alive & self.ticketed & (self.tickets == ticket))
        return int(found[-1]) if len(found) else None

    def append(self, rows: Sequence[Any]) -> None:
        """Add rows (with ticket_id, id, team and priority) after the ones held, all counting."""
        count = len(rows)
        tickets = [row.ticket_id for row in rows]
        self.tickets = np.concatenate([self.tickets, np.fromiter(
            (0 if t is None else t for t in tickets), dtype=np.int64, count=count)])
        self.ticketed = np.concatenate([self.ticketed, np.fromiter(
            (t is not None for t in tickets), dtype=bool, count=count)])
        self.ids = np.concatenate([self.ids, np.fromiter(
            (row.id for row in rows), dtype=np.int64, count=count)])
        self.teams = np.concatenate([self.teams, np.fromiter(
            (self._code(row.team) for row in rows), dtype=np.int32, count=count)])
        self.priorities = np.concatenate([self.priorities, np.fromiter(
            (self._code(row.priority) for row in rows), dtype=np.int32, count=count)])
        self.alive = np.concatenate([self.alive, np.ones(count, dtype=bool)])

    def keep_only(self, kept: np.ndarray) -> None:
        """Keep the rows at these positions (ascending), in that order."""
        self.tickets, self.ticketed = self.tickets[kept], self.ticketed[kept]
        self.ids, self.alive = self.ids[kept], self.alive[kept]
        self.teams, self.priorities = self.teams[kept], self.priorities[kept]

    def row(self, position: int) -> tuple[int | None, int, str, str]:
        """(ticket id or None, row id, team, priority) of the row at position."""
        ticket = int(self.tickets[position]) if self.ticketed[position] else None
        return (ticket, int(self.ids[position]), self.labels[self.teams[position]],
                self.labels[self.priorities[position]])

    def _code(self, label: str) -> int:
        code = self._codes.get(label)
        if code is None:
            code = self._codes[label] = len(self.labels)
            self.labels.append(label)
        return code
