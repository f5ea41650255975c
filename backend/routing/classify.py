"""Batch routing for `rfh classify`: JSONL tickets (or plain-text lines) in, suggestions out."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from backend.routing.router import Router
from backend.tickets import Comment, Ticket

ZENDESK_PRIORITIES = ("low", "normal", "high", "urgent")


def ticket_from_line(line: str) -> Ticket:
    """A JSON ticket row, or the whole line as the description when it is not a JSON object."""
    try:
        row: Any = json.loads(line)
    except json.JSONDecodeError:
        row = None
    if not isinstance(row, dict):
        return Ticket(subject="", description=line)
    org = row.get("organization") or {}
    return Ticket(
        subject=str(row.get("subject") or ""),
        description=str(row.get("description") or ""),
        comments=[Comment(body=str(c)) for c in row.get("comments") or []],
        tags=[str(t) for t in row.get("tags") or []],
        org_tags=[str(t) for t in (row.get("org_tags") or org.get("tags") or [])],
        priority=row.get("priority") if row.get("priority") in ZENDESK_PRIORITIES else None,
        id=row.get("id") if isinstance(row.get("id"), int) else None,
    )


def classify_lines(router: Router, lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """Route each line (a JSON ticket or plain text) with the given router."""
    for line in lines:
        ticket = ticket_from_line(line.strip())
        result = router.suggest(ticket)
        yield {
            "id": ticket.id,
            "team": result.team["key"],
            "confidence": result.team["confidence"],
            "confident": result.confident,
            "alternatives": [a["key"] for a in result.alternatives],
            "priority": result.priority["label"],
            "missing_details": [m["key"] for m in result.missing_details],
            "model_version": result.model_version,
        }
