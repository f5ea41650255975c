"""`rfh import-history`: solved Zendesk tickets with a known team become feedback (source=import).

Incremental export through zenpy (ZendeskTickets.iter_solved), paged; the resume cursor is
saved in import_cursors after every page, so an interrupted import continues where it stopped.
A 429 (or a transient failure) waits as Zendesk asks and resumes from the last safe cursor.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from backend.db import db
from backend.integrations.zendesk import ZendeskError, ZendeskTickets
from backend.learning.feedback import record_feedback
from backend.learning.similar import remember_case
from backend.models import Escalation, Feedback, ImportCursor
from backend.routing.handbook import PRIORITY_LABELS, TEAM_KEYS, Handbook
from backend.routing.labels import TeamLabels, priority_of
from backend.routing.priority import suggest_priority
from backend.settings import Settings
from backend.tickets import Ticket

CURSOR_NAME = "zendesk-history"
RFH_TAG = re.compile(r"^rfh_(\d+)$")
MAX_RETRIES = 8

Sleep = Callable[[float], None]
Say = Callable[[str], None]


@dataclass
class ImportStats:
    """What an import run did."""

    seen: int = 0
    labelled: int = 0
    imported: int = 0
    unlabelled: int = 0
    duplicates: int = 0
    pages: int = 0
    waits: int = 0
    cursor: str | None = None


class Labeller:
    """Team and priority of a solved ticket from its fields, tags and this app's escalations."""

    def __init__(self, settings: Settings, handbook: Handbook) -> None:
        self.handbook = handbook
        self.team_field = settings.history_team_field_id or settings.zendesk_team_field_id
        self.priority_field = settings.history_priority_field_id
        # Built-in tags (Zendesk tags cannot hold '/'): team_<key> and se_pN.
        self.tag_map: dict[str, str] = {f"team_{k.replace('-', '_')}": k for k in TEAM_KEYS}
        self.tag_map.update({p.replace("/", "_"): p for p in PRIORITY_LABELS})
        self.tag_map.update({k.lower(): v for k, v in settings.history_tag_map.items()})
        self.teams = TeamLabels(handbook)

    def team_of(self, value: object) -> str | None:
        """A team key from a field value or mapped tag ('cody', 'team/cody', 'Cody', ...)."""
        return self.teams.team_of(value)

    @staticmethod
    def priority_of(value: object) -> str | None:
        """An se/pN label from a field value ('se/p1', 'se_p1', 'p1')."""
        return priority_of(value)

    def label(
        self, ticket: Ticket, escalations: dict[int, Escalation]
    ) -> tuple[str, str] | None:
        """(team, priority), or None when the ticket carries no team."""
        team = priority = None
        for tag in ticket.tags:
            match = RFH_TAG.match(tag)
            escalation = escalations.get(int(match.group(1))) if match else None
            if escalation is not None and escalation.ticket_id == ticket.id:
                team, priority = escalation.team, escalation.priority
        if self.team_field is not None:
            team = self.team_of(ticket.custom_fields.get(self.team_field)) or team
        if self.priority_field is not None:
            priority = self.priority_of(ticket.custom_fields.get(self.priority_field)) or priority
        for tag in ticket.tags:
            mapped = self.tag_map.get(tag.lower())
            if mapped in PRIORITY_LABELS:
                priority = priority or mapped
            elif mapped is not None:
                team = team or self.team_of(mapped)
        if team is None:
            return None
        if priority is None:  # the handbook's own reading of the text, as for a live ticket
            priority = suggest_priority(
                self.handbook, f"{ticket.subject}\n{ticket.description}",
                zendesk_priority=ticket.priority, tags=ticket.tags,
            ).label
        return team, priority


def load_cursor() -> str | None:
    """The saved resume point of the history import."""
    with db.transaction() as session:
        row = session.get(ImportCursor, CURSOR_NAME)
        return row.cursor if row else None


def save_cursor(cursor: str | None) -> None:
    """Remember where to resume (None forgets it)."""
    with db.transaction() as session:
        row = session.get(ImportCursor, CURSOR_NAME)
        if row is None:
            session.add(ImportCursor(name=CURSOR_NAME, cursor=cursor))
        else:
            row.cursor = cursor
            row.updated_at = datetime.now(UTC)


def _escalations_for(tags: Iterable[str], settings: Settings) -> dict[int, Escalation]:
    numbers = {int(m.group(1)) for t in tags if (m := RFH_TAG.match(t))}
    if not numbers:
        return {}
    with db.transaction() as session:
        rows = session.execute(
            select(Escalation).where(Escalation.issue_number.in_(numbers),
                                     Escalation.kind == "rfh")
        ).scalars()
        return {int(r.issue_number or 0): r for r in rows
                if r.repo.lower() == settings.rfh_repo.lower()}


def _store(batch: list[tuple[Ticket, tuple[str, str]]], stats: ImportStats) -> None:
    """Write one page's labelled tickets, skipping those already imported with the same label."""
    if not batch:
        return
    with db.transaction() as session:
        ids = [t.id for t, _ in batch]
        existing = {
            (tid, team, priority)
            for tid, team, priority in session.execute(
                select(Feedback.ticket_id, Feedback.team, Feedback.priority)
                .where(Feedback.source == "import", Feedback.ticket_id.in_(ids))
            )
        }
        for data, (team, priority) in batch:
            if (data.id, team, priority) in existing:
                stats.duplicates += 1
                continue
            existing.add((data.id, team, priority))
            record_feedback(session, ticket=data, team=team, priority=priority,
                            suggested_team=None, suggested_priority=None, model_version=None,
                            agent=None, source="import")
            remember_case(session, data, team=team, priority=priority, source="import")
            stats.imported += 1


def import_history(
    client: ZendeskTickets, settings: Settings, handbook: Handbook, *, since: datetime | None,
    restart: bool = False, per_page: int | None = None, on_ticket: Callable[[ImportStats], None]
    | None = None, say: Say | None = None, sleep: Sleep = time.sleep,
) -> ImportStats:
    """Export solved tickets since a date (or from the saved cursor) into feedback rows."""
    say = say or (lambda _m: None)
    labeller = Labeller(settings, handbook)
    stats = ImportStats()
    cursor = None if restart else load_cursor()
    if cursor is None and since is None:
        raise ValueError("no saved cursor: pass --since DATE for the first import")
    if cursor is not None:
        say("resuming from the saved cursor")
    retries = 0
    batch: list[tuple[Ticket, tuple[str, str]]] = []
    saved = cursor
    while True:
        tickets = (client.iter_solved(cursor=cursor) if cursor is not None
                   else client.iter_solved(since=since, per_page=per_page))
        try:
            for data in tickets:
                if tickets.cursor != saved:  # a page was fully handed out: store it, then move on
                    _store(batch, stats)
                    batch = []
                    save_cursor(tickets.cursor)
                    saved = tickets.cursor
                stats.seen += 1
                label = labeller.label(data, _escalations_for(data.tags, settings))
                if label is None:
                    stats.unlabelled += 1
                else:
                    stats.labelled += 1
                    batch.append((data, label))
                if on_ticket is not None:
                    on_ticket(stats)
                retries = 0
        except ZendeskError as exc:
            stats.pages += tickets.pages
            if tickets.cursor != saved:  # the failure came fetching the next page: keep this one
                _store(batch, stats)
                save_cursor(tickets.cursor)
                saved = tickets.cursor
            # Otherwise the page was cut short: its tickets come again after resuming.
            batch = []
            if not exc.transient or retries >= MAX_RETRIES:
                raise
            retries += 1
            stats.waits += 1
            wait = exc.retry_after if exc.retry_after is not None else min(60.0, 2.0 ** retries)
            say(f"Zendesk: {exc.code}; waiting {wait:g} s, then resuming")
            cursor = saved if saved is not None else cursor
            sleep(wait)
            continue
        stats.pages += tickets.pages
        _store(batch, stats)
        save_cursor(tickets.cursor)
        stats.cursor = tickets.cursor
        return stats
