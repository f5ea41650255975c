"""`rfh report`: thin click wrapper over backend.insights.report."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, cast

import click
from flask import current_app
from flask.cli import with_appcontext

if TYPE_CHECKING:
    from backend.insights.stats import Bucket


@click.command("report")
@click.option("--since", "since", type=click.DateTime(["%Y-%m-%d"]), required=True,
              help="First day (YYYY-MM-DD, UTC).")
@click.option("--until", "until", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Last day (YYYY-MM-DD, UTC); defaults to today.")
@click.option("--bucket", type=click.Choice(["day", "week", "month"]), default="week",
              show_default=True)
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("rfh-report"), show_default=True, help="Where the PNG charts go.")
@with_appcontext
def report_command(since: datetime, until: datetime | None, bucket: str, out_dir: Path) -> None:
    """Print the self-sufficiency figures since a day and write the charts as PNG files."""
    # Imported here: matplotlib and the database are slow to load, and `rfh --help` is not.
    from backend.db import db
    from backend.insights.report import write_report
    from backend.insights.stats import (
        FIRST_DAY,
        LAST_DAY,
        compute_stats,
        outside_engineering,
        team_names,
    )

    first: date = since.date()
    last: date = until.date() if until else datetime.now(UTC).date()
    if first > last:
        raise click.BadParameter("--since must not be after --until")
    if first < FIRST_DAY or last > LAST_DAY:
        raise click.BadParameter(f"the report covers days from {FIRST_DAY} to {LAST_DAY}")
    handbook = current_app.extensions["live_model"].handbook
    with db.snapshot() as session:
        stats = compute_stats(session, first, last, cast("Bucket", bucket),
                              team_names=team_names(handbook),
                              outside=outside_engineering(handbook))
    write_report(stats, out_dir, echo=click.echo)


COMMANDS: list[click.Command] = [report_command]
