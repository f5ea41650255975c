"""`rfh retrain`, `rfh model list|rollback`, `rfh worker`, `rfh import-history`."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from flask import current_app
from flask.cli import with_appcontext

if TYPE_CHECKING:
    from rich.table import Table

    from backend.settings import Settings

# rich, the database and the model registry are imported inside the commands: `rfh --help`
# loads this module and must start quickly.


def _settings() -> Settings:
    settings: Settings = current_app.config["SETTINGS"]
    return settings


def _lock_dir() -> Path:
    return Path(current_app.instance_path)


def _timed_echo() -> Callable[[str], None]:
    started = time.perf_counter()

    def echo(message: str) -> None:
        click.echo(f"[{time.perf_counter() - started:6.1f}s] {message}")

    return echo


@click.command("retrain")
@click.option("--allow-bursts", is_flag=True,
              help="Promote even when one agent's corrections came faster than anyone reads "
                   "tickets (after checking them with `rfh feedback agents`).")
@with_appcontext
def retrain_command(allow_bursts: bool) -> None:
    """Retrain now in the foreground: corpus + feedback, judged against the live model."""
    from backend.learning.retrain import retrain

    result = retrain(_settings(), lock_dir=_lock_dir(), progress=_timed_echo(),
                     reason="rfh retrain", allow_bursts=allow_bursts)
    if result.status == "busy":
        raise click.ClickException("another retrain is running (on this or another instance)")
    from rich.console import Console

    Console().print(verdict_table(result.scores.get("judgement") or {}))
    click.echo(f"version {result.version}: {result.status} ({result.message})")


def verdict_table(judgement: dict[str, Any]) -> Table:
    """The gate's comparison: each evidence set, both sides' top-1, the tickets that flipped."""
    from rich.table import Table

    table = Table("evidence", "n", "candidate top-1", "live top-1", "fixed", "broke", "p(worse)")
    for name, label in (("feedback", "team's tickets (cross-validated)"),
                        ("corpus", "corpus held-out (guard)")):
        part = judgement.get(name)
        if not part:
            continue
        table.add_row(label, str(part["n"]), f"{part['candidate_top1']:.3f}",
                      f"{part['live_top1']:.3f}", str(part["candidate_better"]),
                      str(part["live_better"]), f"{part['p_worse']:.3f}")
    return table


@click.group("model")
def model_group() -> None:
    """Model versions stored in the database."""


@model_group.command("list")
@click.option("--limit", default=20, show_default=True)
@with_appcontext
def model_list(limit: int) -> None:
    """List versions, newest first, with status and scores."""
    from rich.console import Console
    from rich.table import Table

    from backend.db import db
    from backend.learning import registry

    with db.transaction() as session:
        rows = [registry.summary(r) for r in registry.list_versions(session, limit)]
    table = Table("version", "status", "trained", "size", "corpus top-1",
                  "feedback top-1 (cv)", "gate: +fixed -broke", "note")
    for row in rows:
        scores = row["scores"]
        corpus = scores.get("corpus_heldout") or scores.get("heldout") or {}
        feedback = (row["verdict"] or {}).get("feedback") or {}
        table.add_row(
            str(row["version"]), row["status"], (row["trained_at"] or "")[:19],
            str(row["training_size"]),
            f"{corpus['top1']:.3f}" if "top1" in corpus else "-",
            f"{feedback['candidate_top1']:.3f} vs {feedback['live_top1']:.3f} (n={feedback['n']})"
            if feedback else "-",
            f"+{feedback['candidate_better']} -{feedback['live_better']} "
            f"p={feedback['p_worse']:.2f}" if feedback else "-",
            row["note"] or "",  # whole: a rejection's reason ends in its figures
        )
    Console(width=160).print(table)


@model_group.command("rollback")
@click.argument("version", type=int)
@click.option("--force", is_flag=True, help="Allow a version the evaluation gate rejected.")
@with_appcontext
def model_rollback(version: int, force: bool) -> None:
    """Make VERSION live again (every web worker swaps to it within seconds)."""
    from backend.db import db
    from backend.learning import registry

    try:
        with db.transaction() as session:
            registry.rollback(session, version, force=force)
    except (registry.RollbackError, registry.ModelLoadError) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"model version {version} is live")


@click.command("worker")
@click.option("--once", is_flag=True, help="Do what is due now, then exit.")
@with_appcontext
def worker_command(once: bool) -> None:
    """The Procfile's worker: retrain on request, on new feedback, or on the schedule."""
    from backend.learning.worker import run_once, run_worker

    if once:
        result = run_once(_settings(), lock_dir=_lock_dir(), progress=_timed_echo())
        click.echo("nothing to do" if result is None else f"{result.status}: {result.message}")
        return
    run_worker(_settings(), lock_dir=_lock_dir(), progress=_timed_echo())


@click.command("import-history")
@click.option("--since", type=click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"]), default=None,
              help="Solved tickets changed since this date (UTC); needed for the first run.")
@click.option("--restart", is_flag=True, help="Ignore the saved cursor and start from --since.")
@click.option("--per-page", type=click.IntRange(1, 1000), default=None)
@with_appcontext
def import_history_command(since: datetime | None, restart: bool, per_page: int | None) -> None:
    """Bootstrap from Zendesk: solved tickets with a known team become training feedback."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from backend.integrations.zendesk import ZendeskError
    from backend.learning.importer import ImportStats, import_history

    client = current_app.extensions["integrations"].zendesk()
    if client is None:
        raise click.ClickException("Zendesk is not configured (ZENDESK_SUBDOMAIN, ZENDESK_EMAIL, "
                                   "ZENDESK_API_TOKEN)")
    # The import handles 429s itself (waiting as asked, resuming from the cursor), so zenpy
    # must not sleep on its own.
    client.ratelimit_budget = 0.0
    live = current_app.extensions["live_model"]
    assert live.handbook is not None
    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, transient=False) as bar:
        task = bar.add_task("starting", total=None)

        def on_ticket(stats: ImportStats) -> None:
            bar.update(task, description=f"{stats.seen} solved tickets read, "
                       f"{stats.labelled} with a team")

        try:
            stats = import_history(client, _settings(), live.handbook, since=since,
                                   restart=restart, per_page=per_page, on_ticket=on_ticket,
                                   say=lambda m: bar.console.print(m))
        except ValueError as exc:
            raise click.ClickException(str(exc)) from None
        except ZendeskError as exc:
            raise click.ClickException(f"Zendesk: {exc.message} (run again to resume)") from None
    click.echo(f"read {stats.seen} solved tickets on {stats.pages} pages: imported "
               f"{stats.imported}, already imported {stats.duplicates}, without a team "
               f"{stats.unlabelled}; waited {stats.waits} time(s) for Zendesk")


COMMANDS: list[click.Command] = [
    retrain_command, model_group, worker_command, import_history_command,
]
