"""Realistic tickets for load: the held-out corpus, padded or cut to a target size."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from backend.routing.corpus import load_split
from backend.settings import DEFAULT_MODEL_DIR


def heldout_rows(model_dir: Path = DEFAULT_MODEL_DIR) -> list[dict[str, Any]]:
    """The held-out split's rows (never used for training, so no lookup shortcut)."""
    return load_split(model_dir / "data", "heldout")


def sized_ticket(row: dict[str, Any], size: int, filler: list[dict[str, Any]]) -> dict[str, Any]:
    """A TicketIn of about ``size`` bytes of JSON: the row, grown with other rows' text as comments.

    Growing with real ticket prose (rather than repeated letters) keeps the text statistics, and
    so the vectorizers' work, like a long real thread. Comments stay within the API's limits.
    """
    ticket: dict[str, Any] = {"subject": row["subject"], "description": row["description"],
                              "tags": list(row.get("tags") or []), "comments": []}
    base = len(json.dumps(ticket))
    if base >= size:
        keep = max(0, len(row["description"]) - (base - size))
        ticket["description"] = ticket["description"][:keep]
        return ticket
    parts, total, i = [], 0, 0
    while total < size - base:
        other = filler[i % len(filler)]
        text = f"{other['subject']}\n{other['description']}\n"
        parts.append(text)
        total += len(json.dumps(text)) - 2
        i += 1
    thread = "".join(parts)
    chunk = 100_000
    ticket["comments"] = [thread[k : k + chunk] for k in range(0, len(thread), chunk)]
    while len(json.dumps(ticket)) > size and ticket["comments"]:
        over = len(json.dumps(ticket)) - size
        last = ticket["comments"][-1]
        ticket["comments"][-1] = last[: max(0, len(last) - over)]
        if not ticket["comments"][-1]:
            ticket["comments"].pop()
    return ticket


def ticket_pool(size: int, count: int = 50, seed: int = 7) -> list[dict[str, Any]]:
    """``count`` distinct tickets of about ``size`` bytes each, reproducibly sampled."""
    rows = heldout_rows()
    rng = random.Random(seed)
    picks = rng.sample(rows, min(count, len(rows)))
    return [sized_ticket(row, size, rows) for row in picks]


def suggestion_bodies(size: int = 2000, count: int = 50) -> list[str]:
    """The JSON bodies of ``POST /api/suggestions`` for ``ticket_pool(size, count)``: what the
    ratio goal posts (2 KB tickets, 50 of them in turn)."""
    return [json.dumps({"ticket": t}) for t in ticket_pool(size, count)]
