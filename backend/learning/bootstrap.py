"""The default model: train it from model/, register it live; classify with the live model."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from flask import current_app

from backend.db import db
from backend.learning import registry
from backend.routing.router import Ticket
from backend.routing.training import train_default
from backend.tickets import Comment

Echo = Callable[[str], None]


def train_default_model(
    *, if_missing: bool = False, output: Path | None = None, echo: Echo = print
) -> int | None:
    """Train the default model and make it live; returns the new version (None if skipped)."""
    with db.transaction() as session:
        live = registry.live_version_id(session)
    if if_missing and live is not None:
        echo(f"live model version {live} exists; nothing to do")
        return None
    trained = train_default(current_app.config["SETTINGS"].model_dir, progress=echo)
    heldout = trained.scores.get("heldout")
    if heldout:
        echo(
            f"held-out: top-1 {heldout['top1']:.3f}  top-3 {heldout['top3']:.3f}  "
            f"macro-F1 {heldout['macro_f1']:.3f}  (n={heldout['n']})"
        )
    registry.load_model(registry.dump_model(trained.pipeline))  # prove it round-trips first
    with db.transaction() as session:
        row = registry.register(session, trained, "live", note="default model (rfh train)")
        version = row.id
        if output is not None:
            output.write_bytes(row.artifact)
            echo(f"wrote {output}")
    echo(f"model version {version} is live")
    return version


def _ticket_from_line(line: str) -> Ticket:
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
        priority=row.get("priority")
        if row.get("priority") in ("low", "normal", "high", "urgent")
        else None,
        id=row.get("id") if isinstance(row.get("id"), int) else None,
    )


def classify_lines(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """Route each line (a JSON ticket or plain text) with the live model."""
    router = current_app.extensions["live_model"].router()
    for line in lines:
        ticket = _ticket_from_line(line.strip())
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
