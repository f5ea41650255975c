"""`rfh escalations retry|list`: finish half-done escalations, see what is pending."""

from __future__ import annotations

from collections.abc import Callable

import click
from flask.cli import with_appcontext

# The database and the escalation code are imported inside the functions: `rfh --help` loads
# this module and must start quickly.


def unfinished(ticket_id: int | None = None, row_id: int | None = None) -> list[int]:
    """Ids of escalations not yet linked on their ticket (pending, failed or created)."""
    from sqlalchemy import select

    from backend.db import db
    from backend.escalation import store
    from backend.models import Escalation

    query = select(Escalation.id).where(Escalation.state != store.DONE).order_by(Escalation.id)
    if ticket_id is not None:
        query = query.where(Escalation.ticket_id == ticket_id)
    if row_id is not None:
        query = query.where(Escalation.id == row_id)
    with db.transaction() as session:
        return list(session.scalars(query))


def retry_escalations(ids: list[int], echo: Callable[[str], None]) -> int:
    """Resume each row (marker search before any create, then the ticket link); failures count."""
    from backend.escalation import store
    from backend.escalation.errors import EscalationError
    from backend.escalation.service import escalator

    failures = 0
    for row_id in ids:
        if not store.take(row_id, 120.0):
            echo(f"#{row_id}: busy (another request holds it); skipped")
            continue
        try:
            row, _ = escalator().drive(row_id, fresh=False)
        except EscalationError as exc:
            failures += 1
            echo(f"#{row_id}: not filed: {exc.code}: {exc.message}")
            continue
        done = "linked on the ticket" if row.ticket_updated else f"NOT linked: {row.last_error}"
        if not row.ticket_updated:
            failures += 1
        echo(f"#{row_id}: ticket {row.ticket_id} -> {row.issue_url} ({done})")
        if row.slack_state != "posted" and row.slack_error:
            echo(f"#{row_id}: Slack: {row.slack_error}")
    return failures


@click.group("escalations")
def escalations_group() -> None:
    """Escalations (GitHub issues filed from tickets)."""


@escalations_group.command("retry")
@click.option("--id", "row_id", type=int, default=None, help="Only this escalation.")
@click.option("--ticket", "ticket_id", type=int, default=None, help="Only this ticket's.")
@with_appcontext
def retry_command(row_id: int | None, ticket_id: int | None) -> None:
    """Finish escalations left pending or not linked on their ticket (never files twice)."""
    ids = unfinished(ticket_id, row_id)
    if not ids:
        click.echo("nothing to retry")
        return
    failures = retry_escalations(ids, click.echo)
    if failures:
        raise SystemExit(1)


@escalations_group.command("list")
@click.option("--ticket", "ticket_id", type=int, default=None)
@click.option("--unfinished", "only_unfinished", is_flag=True, help="Only rows not yet linked.")
@with_appcontext
def list_command(ticket_id: int | None, only_unfinished: bool) -> None:
    """One line per escalation: id, ticket, kind, state, issue, ticket updated, last error."""
    from sqlalchemy import select

    from backend.db import db
    from backend.escalation import store
    from backend.models import Escalation

    query = select(Escalation).order_by(Escalation.id)
    if ticket_id is not None:
        query = query.where(Escalation.ticket_id == ticket_id)
    if only_unfinished:
        query = query.where(Escalation.state != store.DONE)
    with db.transaction() as session:
        for row in session.scalars(query):
            issue = row.issue_url or f"{row.repo} (no issue yet)"
            error = f"  last error: {row.last_error}" if row.last_error else ""
            click.echo(f"#{row.id} ticket={row.ticket_id} kind={row.kind} state={row.state} "
                       f"issue={issue} ticket_updated={row.ticket_updated}{error}")


COMMANDS: list[click.Command] = [escalations_group]
