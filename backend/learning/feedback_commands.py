"""`rfh feedback agents|exclude|include`: thin click commands over backend.learning.exclusions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import click
from flask.cli import with_appcontext

# The database and rich are imported inside the commands: `rfh --help` loads this module.
_DAY = click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M"])


def _utc(value: datetime | None) -> datetime | None:
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


def _selection_options(f: click.decorators.FC) -> click.decorators.FC:
    """--agent, --ticket, --since, --until: which rows (all of the given ones)."""
    for option in reversed([
        click.option("--agent", help="The agent's name as stored (see `rfh feedback agents`)."),
        click.option("--ticket", "ticket_id", type=int, help="One Zendesk ticket's rows."),
        click.option("--since", type=_DAY, help="From this moment (UTC) on."),
        click.option("--until", type=_DAY, help="Before this moment (UTC)."),
    ]):
        f = option(f)
    return f


@click.group("feedback")
def feedback_group() -> None:
    """Agents' choices: who made how many, and taking a bad burst out of learning."""


@feedback_group.command("agents")
@click.option("--days", type=click.IntRange(1, 3650), default=30, show_default=True)
@with_appcontext
def feedback_agents(days: int) -> None:
    """Choices, overrides and excluded rows per agent over the last DAYS days."""
    from rich.console import Console
    from rich.table import Table

    from backend.db import db
    from backend.learning.exclusions import by_agent

    with db.transaction() as session:
        rows = by_agent(session, datetime.now(UTC) - timedelta(days=days))
    table = Table("agent", "choices", "overrides", "excluded")
    for agent, choices, overrides, excluded in rows:
        table.add_row(agent or "(none recorded)", str(choices), str(overrides), str(excluded))
    Console(width=120).print(table)


@feedback_group.command("exclude")
@_selection_options
@click.option("--reason", required=True, help="Why (kept with the rows).")
@with_appcontext
def feedback_exclude(agent: str | None, ticket_id: int | None, since: datetime | None,
                     until: datetime | None, reason: str) -> None:
    """Take the selected choices out of the correction memory and of every retrain."""
    from backend.db import db
    from backend.learning.exclusions import ExclusionError, Selection, exclude

    selection = Selection(agent, ticket_id, _utc(since), _utc(until))
    try:
        with db.transaction() as session:
            n = exclude(session, selection, reason, datetime.now(UTC))
    except ExclusionError as exc:
        raise click.UsageError(str(exc)) from None
    click.echo(f"{n} choice(s) excluded from learning; every worker's memory drops them within "
               "seconds, and the next retrain leaves them out")


@feedback_group.command("include")
@_selection_options
@with_appcontext
def feedback_include(agent: str | None, ticket_id: int | None, since: datetime | None,
                     until: datetime | None) -> None:
    """Put excluded choices back into learning (undoes `exclude`)."""
    from backend.db import db
    from backend.learning.exclusions import ExclusionError, Selection, include

    try:
        with db.transaction() as session:
            n = include(session, Selection(agent, ticket_id, _utc(since), _utc(until)))
    except ExclusionError as exc:
        raise click.UsageError(str(exc)) from None
    click.echo(f"{n} choice(s) back in learning")


COMMANDS: list[click.Command] = [feedback_group]
