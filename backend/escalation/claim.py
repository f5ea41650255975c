"""Claim a ticket's escalation row: insert it, or wait for the caller that holds it, or take over.

The sequence every filing path shares (a new RFH or defect, or linking an existing issue), built
on the short transactions of backend.escalation.store.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from backend.escalation import store
from backend.escalation.errors import EscalationBusy
from backend.models import Escalation

# The row can vanish between a refused INSERT and the SELECT (an operator deleted it); a few
# tries, then the caller is told to come back rather than looping.
INSERT_ATTEMPTS = 3


@dataclass(frozen=True)
class Claim:
    """The outcome of claiming a row: either we hold its lease, or someone else finished it."""

    row_id: int
    inserted: bool  # this call created the row
    finished: Escalation | None = None  # another caller's finished row: answer it as it is


def claim(values: dict[str, Any], *, lease: float, wait_seconds: float,
          also: Callable[[Session], None] | None = None) -> Claim:
    """Insert the row holding its lease, or wait for (then answer or take over) the existing one."""
    for _ in range(INSERT_ATTEMPTS):
        row_id = store.insert(values, lease, also)
        if row_id is not None:
            return Claim(row_id, inserted=True)
        row_id = store.find_id(values["dedupe_key"])
        if row_id is not None:
            return Claim(row_id, inserted=False, finished=await_or_take(row_id, lease,
                                                                        wait_seconds))
    raise EscalationBusy("escalation_in_progress", "This ticket's escalation changed under us "
                         "several times; try again in a few seconds.", retry_after=2)


def await_or_take(row_id: int, lease: float, wait_seconds: float) -> Escalation | None:
    """Another caller has the row: wait for it (bounded). None: we now hold the lease."""
    row = store.load(row_id)
    was_leased = store.is_leased(row)
    if was_leased:
        row = store.wait_for(row_id, wait_seconds)
    if row.state == store.DONE or (row.state == "created" and was_leased):
        return row  # done, or the other caller finished and its answer says the same
    if store.is_leased(row):
        raise EscalationBusy("escalation_in_progress", "Another request is filing this "
                             "ticket's issue right now; try again in a few seconds.",
                             retry_after=2)
    if was_leased:  # the other caller gave up while we waited: its error is ours too
        raise EscalationBusy("escalation_not_filed", "Another request for this ticket could "
                             f"not file the issue: {row.last_error}", retry_after=5)
    if store.take(row_id, lease):
        return None
    raise EscalationBusy("escalation_in_progress", "Another request just took over this "
                         "ticket's escalation; try again in a few seconds.", retry_after=2)
