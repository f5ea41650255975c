"""The project's labelled corpus (model/data): loading rows and turning them into model input."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from backend.routing.text import prepare_ticket


@dataclass(frozen=True)
class Example:
    """One labelled ticket: the prepared text and its team (and priority when known)."""

    text: str
    team: str
    priority: str | None = None
    weight: float = 1.0
    source: str = "corpus"
    suggested: str | None = None  # for an agent's choice: the team it was shown (None: unknown)


def row_to_text(row: dict[str, Any]) -> str:
    """Prepare a corpus/feedback row ({subject, description, comments?, tags?, org_tags?})."""
    return prepare_ticket(
        str(row.get("subject") or ""),
        str(row.get("description") or ""),
        [str(c) for c in row.get("comments") or []],
        [str(t) for t in row.get("tags") or []],
        [str(t) for t in row.get("org_tags") or []],
    )


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Rows of one JSONL file; a bad line fails naming the file and line."""
    rows = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
    return rows


def load_split(data_dir: Path, split: str) -> list[dict[str, Any]]:
    """All rows of a split ('train' or 'heldout'), in a stable order."""
    folder = data_dir / split
    rows: list[dict[str, Any]] = []
    for path in sorted(folder.glob("*.jsonl")):
        rows.extend(read_jsonl(path))
    return rows


def to_examples(rows: Iterable[dict[str, Any]], *, source: str = "corpus") -> list[Example]:
    """Corpus rows as examples."""
    return [
        Example(
            row_to_text(r), str(r["team"]), r.get("priority"), float(r.get("weight", 1.0)), source
        )
        for r in rows
    ]


def data_hash(rows: Sequence[dict[str, Any]]) -> str:
    """A stable hash of training rows, recorded with every model."""
    digest = hashlib.sha256()
    for row in rows:
        digest.update(json.dumps(row, sort_keys=True, ensure_ascii=False).encode())
    return digest.hexdigest()[:16]
