"""The escalation rows: claim under the unique key, lease, wait, record each step.

Every function runs its own short transaction: no database transaction is ever held open across
a call to GitHub or Zendesk. The row is the only coordination between callers, so two clicks, two
tabs or two service instances on one PostgreSQL agree on one issue:

* the first caller INSERTs the row (pending) and holds its lease while it works;
* a concurrent caller's INSERT fails on the unique dedupe_key; it then waits for the row;
* a caller may take over a row whose lease is free (a previous attempt gave up or died).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_result,
    stop_after_delay,
    wait_exponential,
)

from backend.db import db
from backend.models import Escalation, utcnow

DONE = "linked"  # issue filed (or found) and the ticket updated


def lease_until(seconds: float) -> datetime:
    """The end of a lease taken now."""
    return utcnow() + timedelta(seconds=seconds)


def insert(values: dict[str, Any], lease: float,
           also: Callable[[Session], None] | None = None) -> int | None:
    """INSERT a new row holding the lease; None when the dedupe_key already exists."""
    try:
        with db.transaction() as session:
            row = Escalation(**values, lease_until=lease_until(lease))
            session.add(row)
            session.flush()
            if also is not None:
                also(session)
            return int(row.id)
    except IntegrityError:
        return None


def find_id(dedupe_key: str) -> int | None:
    """The row id for a dedupe key."""
    with db.transaction() as session:
        return session.scalar(select(Escalation.id).where(Escalation.dedupe_key == dedupe_key))


def load(row_id: int) -> Escalation:
    """A detached snapshot of the row."""
    with db.transaction() as session:
        row = session.get(Escalation, row_id)
        if row is None:
            raise LookupError(f"escalation {row_id} does not exist")
        session.expunge(row)
        return row


def take(row_id: int, lease: float) -> bool:
    """Take the lease on an unfinished row whose lease is free; True when this caller got it."""
    now = utcnow()
    with db.transaction() as session:
        result = session.execute(
            update(Escalation)
            .where(Escalation.id == row_id, Escalation.state != DONE,
                   or_(Escalation.lease_until.is_(None), Escalation.lease_until < now))
            .values(lease_until=lease_until(lease))
            .execution_options(synchronize_session=False)
        )
        return bool(getattr(result, "rowcount", 0) == 1)


def take_any(row_id: int, lease: float) -> bool:
    """Take a free lease on a row in any state (a finished row's Slack post left to do)."""
    now = utcnow()
    with db.transaction() as session:
        result = session.execute(
            update(Escalation)
            .where(Escalation.id == row_id,
                   or_(Escalation.lease_until.is_(None), Escalation.lease_until < now))
            .values(lease_until=lease_until(lease))
            .execution_options(synchronize_session=False)
        )
        return bool(getattr(result, "rowcount", 0) == 1)


def each_free(condition: Any, lease: float, limit: int) -> Generator[Escalation, None, None]:
    """Rows matching ``condition`` (oldest first) whose lease is free, each held while in use.

    For the worker's rounds: a row a request is working on right now is skipped, and each row's
    lease is released once the caller moves on (or stops).
    """
    with db.transaction() as session:
        ids = list(session.scalars(select(Escalation.id).where(condition)
                                   .order_by(Escalation.id).limit(limit)))
    for row_id in ids:
        if not take_any(row_id, lease):
            continue
        try:
            yield load(row_id)
        finally:
            release(row_id)


def save(row_id: int, **values: Any) -> Escalation:
    """Update columns of the row (the lease holder's progress) and return the new snapshot."""
    with db.transaction() as session:
        row = session.get(Escalation, row_id)
        if row is None:
            raise LookupError(f"escalation {row_id} does not exist")
        for key, value in values.items():
            setattr(row, key, value)
        session.flush()
        session.expunge(row)
        return row


def release(row_id: int, **values: Any) -> Escalation:
    """Record the final values of this attempt and free the lease."""
    return save(row_id, lease_until=None, **values)


def is_leased(row: Escalation) -> bool:
    """True while someone holds the row's lease."""
    if row.lease_until is None:
        return False
    until = row.lease_until
    if until.tzinfo is None:  # SQLite gives naive datetimes back; they were stored in UTC
        until = until.replace(tzinfo=utcnow().tzinfo)
    return until > utcnow()


def wait_for(row_id: int, seconds: float) -> Escalation:
    """Poll the row until its lease is free or it is done, at most ``seconds``."""

    def still_busy(row: Escalation) -> bool:
        return row.state != DONE and is_leased(row)

    def left(state: RetryCallState) -> float:
        # Polls start fast (most waits are short) and slow down; the last sleep ends on time.
        return max(0.0, min(_POLL(state), seconds - (state.seconds_since_start or 0.0)))

    poll = Retrying(retry=retry_if_result(still_busy), wait=left,
                    stop=stop_after_delay(seconds),
                    retry_error_callback=lambda state: state.outcome.result(),  # type: ignore[union-attr]
                    sleep=time.sleep)
    row: Escalation = poll(load, row_id)
    return row


_POLL = wait_exponential(multiplier=0.02, exp_base=1.5, max=0.25)
