"""Corrections faster than anyone reads tickets: one agent's burst holds a retrain back.

A review had one agent send 50 wrong corrections in five seconds; the gate judged the
candidate on the team's corrections, which were mostly that burst, and promoted it ("+12 -0").
Nobody reads, weighs and corrects twenty tickets in two minutes: such a run is a script or a
mistake, and an operator looks at it (`rfh feedback agents`, then `exclude`) before a model
learns it. `rfh retrain --allow-bursts` promotes anyway once they have.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from backend.learning.feedback import AGENT_SOURCES
from backend.models import Feedback

BURST_SIZE = 20  # corrections by one agent ...
BURST_WINDOW = timedelta(minutes=2)  # ... within this long: more than one every six seconds


@dataclass(frozen=True)
class Burst:
    """One agent's run of corrections closer together than anyone reads tickets."""

    agent: str | None
    count: int
    first: datetime
    last: datetime

    def describe(self) -> str:
        """One line for a verdict: who, how many, when."""
        seconds = (self.last - self.first).total_seconds()
        return (f"{self.agent or '(no agent name)'} made {self.count} corrections in "
                f"{seconds:.0f} s from {self.first:%Y-%m-%d %H:%M} UTC")


def bursts(rows: Sequence[Feedback], after_id: int) -> list[Burst]:
    """Each agent's largest run of BURST_SIZE or more corrected tickets within BURST_WINDOW,
    among the agents' rows newer than after_id (what the live model has not learned)."""
    # Tickets, not rows: the sidebar stores a team change and a priority change as two rows.
    first_seen: dict[str | None, dict[object, datetime]] = defaultdict(dict)
    for row in rows:
        if row.id > after_id and row.source in AGENT_SOURCES and row.is_override:
            key = row.ticket_id if row.ticket_id is not None else ("row", row.id)
            seen = first_seen[row.agent]
            seen[key] = min(seen.get(key, row.created_at), row.created_at)
    found = []
    for agent, tickets in first_seen.items():
        stamps = sorted(tickets.values())
        best: tuple[int, int] | None = None
        start = 0
        for end, stamp in enumerate(stamps):  # the window ending at each correction
            while stamp - stamps[start] > BURST_WINDOW:
                start += 1
            if end - start + 1 >= BURST_SIZE and (best is None or end - start > best[1] - best[0]):
                best = (start, end)
        if best is not None:
            found.append(Burst(agent, best[1] - best[0] + 1, stamps[best[0]], stamps[best[1]]))
    return sorted(found, key=lambda b: -b.count)
