"""Team and priority labels as people write them, read as the handbook's keys.

A Zendesk field, a mapped tag or an evaluation file written by someone else names a team its
own way: the key (search-platform), the handbook's name (Search Platform, Graph (Code
Intelligence), Data & Analytics), the GitHub label (team/search-platform) or the alert table's
owner (Sourcegraph Code intelligence team). Each reads as the team's key. A file row whose team
reads as none is an error naming the row: scored as an extra class, it would only be a silent
miss.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from backend.routing.handbook import PRIORITY_LABELS, Handbook

_WORDS = re.compile(r"[^\W_]+")
# Words that name no team in particular: "team/cody", "Sourcegraph Cody team", "Sales and CE".
_FILLER = frozenset({"team", "and", "sourcegraph", "the"})
_PRIORITY = re.compile(r"^(?:se)?p([0-3])$")


class UnknownLabelError(ValueError):
    """A team or priority that reads as none of the handbook's."""


def plain(value: object) -> str:
    """The label's words without case, punctuation or filler: 'Data & Analytics' ->
    'dataanalytics', 'team/sales-ce' -> 'salesce'."""
    return "".join(w for w in _WORDS.findall(str(value).lower()) if w not in _FILLER)


def _names(key: str, name: str, label: str) -> Iterable[str]:
    """Every way a handbook team is named: key, label, name, and the name's parts around and
    inside its parentheses, split at 'and' (Source (Repository Management and IAM))."""
    yield from (key, label, name)
    head, _, inner = name.partition("(")
    yield head
    yield inner.rstrip(")")
    yield from re.split(r"\band\b", inner.rstrip(")"))


class TeamLabels:
    """The handbook's teams by every name people give them."""

    def __init__(self, handbook: Handbook) -> None:
        seen: dict[str, set[str]] = {}
        for key, team in handbook.teams.items():
            for name in _names(key, team.name, team.label):
                if plain(name):
                    seen.setdefault(plain(name), set()).add(key)
        for owner, key in handbook.alerts.owners.items():
            if key in handbook.teams:  # not "deployment": that owner is one of two teams
                seen.setdefault(plain(owner), set()).add(key)
        # A name two teams share says neither (none today; a handbook edit could make one).
        self.by_name = {name: next(iter(keys)) for name, keys in seen.items() if len(keys) == 1}
        self.keys = sorted(handbook.teams)

    def team_of(self, value: object) -> str | None:
        """The team key a label names, or None (also for an empty value)."""
        if value is None or value == "":
            return None
        return self.by_name.get(plain(value))

    def team_key(self, value: object) -> str:
        """The team key a label names; UnknownLabelError names the label and the keys."""
        key = self.team_of(value)
        if key is None:
            raise UnknownLabelError(f"unknown team {value!r} (teams: {', '.join(self.keys)})")
        return key


def priority_of(value: object) -> str | None:
    """An se/pN label from 'se/p1', 'SE_P1', 'p1' or 'P1'; None for anything else."""
    if value is None:
        return None
    match = _PRIORITY.match(plain(value))
    return PRIORITY_LABELS[int(match.group(1))] if match else None


def labelled_rows(rows: Iterable[dict[str, Any]], handbook: Handbook,
                  where: str) -> list[dict[str, Any]]:
    """Rows with their team read as a key and their priority as se/pN (absent stays absent);
    UnknownLabelError names ``where`` and the row's number (1-based) for a label that is not."""
    labels = TeamLabels(handbook)
    out = []
    for number, row in enumerate(rows, 1):
        fixed = dict(row)
        try:
            fixed["team"] = labels.team_key(row.get("team"))
        except UnknownLabelError as exc:
            raise UnknownLabelError(f"{where}: row {number}: {exc}") from None
        if row.get("priority") not in (None, ""):
            priority = priority_of(row["priority"])
            if priority is None:
                raise UnknownLabelError(f"{where}: row {number}: unknown priority "
                                        f"{row['priority']!r} (priorities: "
                                        f"{', '.join(PRIORITY_LABELS)})")
            fixed["priority"] = priority
        out.append(fixed)
    return out
