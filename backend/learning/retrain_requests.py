"""Retrain requests: rows the API queues and the worker process claims (training never runs in
a web request)."""

from __future__ import annotations

from sqlalchemy import select

from backend.db import db
from backend.models import RetrainRequest


def pending_requests() -> list[int]:
    """Ids of retrain requests nobody has started yet, oldest first."""
    with db.transaction() as session:
        return list(session.execute(
            select(RetrainRequest.id).where(RetrainRequest.status == "pending")
            .order_by(RetrainRequest.id)
        ).scalars())


def request_retrain(requested_by: str | None) -> tuple[RetrainRequest, bool]:
    """Queue a retrain for the worker; an already pending request is reused (False: not new)."""
    with db.transaction() as session:
        existing = session.execute(
            select(RetrainRequest).where(RetrainRequest.status == "pending")
            .order_by(RetrainRequest.id).limit(1)
        ).scalars().first()
        if existing is not None:
            return existing, False
        row = RetrainRequest(requested_by=requested_by, status="pending")
        session.add(row)
        session.flush()
        return row, True
