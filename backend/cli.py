"""The `rfh` operator commands: a click group of the project's own commands, quick to start.

Every module holding commands imports only click and Flask at the top; the heavy modules (the
model, the database, the clients) are imported inside the commands, so `rfh --help` answers at
once. The same command objects are attached to `app.cli` for Flask's test runner.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from flask import Flask, current_app
from flask.cli import ScriptInfo, with_appcontext

QUIET_LOG_LEVEL = "WARNING"


@click.group("rfh", context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="rfh-copilot", prog_name="rfh")
def rfh() -> None:
    """Escalation copilot operator commands."""


def project_commands() -> list[click.Command]:
    """Every `rfh` command, in the order `rfh --help` lists them (alphabetical anyway)."""
    from backend.escalation.commands import COMMANDS as escalation_commands
    from backend.insights.commands import COMMANDS as insights_commands
    from backend.learning.commands import COMMANDS as learning_commands
    from backend.learning.feedback_commands import COMMANDS as feedback_commands
    from backend.zendesk_package import COMMANDS as app_commands

    own = [db_group, token_command, serve_command, train_command, evaluate_command,
           classify_command]
    return [*own, *learning_commands, *feedback_commands, *escalation_commands,
            *insights_commands, *app_commands]


def script_info() -> ScriptInfo:
    """How commands that need the app get it: create_app() on first use, logs as configured."""
    info = ScriptInfo(set_debug_flag=False, load_dotenv_defaults=False)

    def load() -> Flask:
        from backend import create_app

        level = info.data.get("log_level")
        return create_app({"log_level": level} if level else None)

    info.create_app = load
    return info


def main() -> None:
    """Entry point of the `rfh` console script."""
    try:
        rfh.main(prog_name="rfh", obj=script_info())
    except Exception as exc:
        from sqlalchemy.exc import DBAPIError, OperationalError

        from backend.db import schema_missing
        from backend.routing.handbook import HandbookError
        from backend.settings import ConfigurationError, hide_url_credentials

        if isinstance(exc, ConfigurationError | HandbookError):
            message = str(exc)  # a configuration mistake deserves its message, not a traceback
        elif isinstance(exc, DBAPIError) and schema_missing(exc):
            message = "the database has no tables yet: run `rfh db upgrade` first"
        elif isinstance(exc, OperationalError):
            first = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else ""
            message = hide_url_credentials(
                f"cannot use the database DATABASE_URL names: {first}")
        else:
            raise
        click.echo(f"rfh: {message}", err=True)
        sys.exit(2)


def register_cli(app: Flask) -> None:
    """Attach every command to the app's CLI (`app.test_cli_runner()` drives them in tests)."""
    for command in project_commands():
        app.cli.add_command(command)


def quiet_logs(f: Callable[..., Any]) -> Callable[..., Any]:
    """Only warnings reach stderr while the command runs: its output is for pipes and scripts.

    Put it above `with_appcontext`, so the app `rfh` creates is already configured this way.
    """

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        ctx = click.get_current_context()
        ctx.ensure_object(ScriptInfo).data["log_level"] = QUIET_LOG_LEVEL
        return f(*args, **kwargs)

    return wrapper


# -- database -------------------------------------------------------------------------------
@click.group("db")
def db_group() -> None:
    """Database migrations (Alembic)."""


@db_group.command("upgrade")
@click.argument("revision", default="head")
@with_appcontext
def db_upgrade(revision: str) -> None:
    """Migrate the database up to REVISION (default: head)."""
    from backend import migrate

    migrate.upgrade(current_app.config["DATABASE_URL"], revision)
    click.echo(f"database at {revision}")


@db_group.command("downgrade")
@click.argument("revision")
@with_appcontext
def db_downgrade(revision: str) -> None:
    """Migrate the database down to REVISION ('base' removes every table)."""
    from backend import migrate

    migrate.downgrade(current_app.config["DATABASE_URL"], revision)
    click.echo(f"database at {revision}")


# -- local tokens and serving ---------------------------------------------------------------
@click.command("token")
@click.option("--ttl", default=3600, show_default=True, help="Seconds until the token expires.")
@click.option("--sub", default="local-agent", show_default=True, help="The agent the token names.")
@with_appcontext
def token_command(ttl: int, sub: str) -> None:
    """Mint a JWT like Zendesk's proxy does, for curl and local tries."""
    from backend.auth import mint_token

    longest = current_app.config["SETTINGS"].jwt_max_lifetime_seconds
    if not 0 < ttl <= longest:
        # The service would refuse the token: say so now rather than at the first 401.
        raise click.BadParameter(
            f"must be between 1 and JWT_MAX_LIFETIME_SECONDS ({longest})", param_hint="--ttl"
        )

    click.echo(
        mint_token(
            current_app.config["ZAF_SHARED_SECRET"],
            audience=current_app.config.get("ZAF_AUDIENCE"),
            ttl=ttl,
            subject=sub,
        )
    )


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=None, help="Defaults to $PORT, then 5000.")
@click.option("--workers", type=int, default=None, help="Defaults to $WEB_CONCURRENCY, then 2.")
@click.option("--demo/--no-demo", default=True, show_default=True,
              help="Serve /demo (loopback hosts only).")
def serve_command(host: str, port: int | None, workers: int | None, demo: bool) -> None:
    """Serve the API and /demo locally with gunicorn (the demo never runs in production)."""
    from backend.loopback import is_loopback_bind

    if demo and not is_loopback_bind(f"[{host}]:0" if ":" in host else f"{host}:0"):
        # /demo mints tokens for whoever reaches it; gunicorn_conf would refuse it as well.
        raise click.UsageError(
            f"--host {host} is not a loopback address, and /demo mints tokens for anyone who "
            "can reach it. Use --host 127.0.0.1 (or ::1, localhost), or add --no-demo to "
            "serve only the API."
        )
    port = port or int(os.environ.get("PORT", "5000"))
    env = dict(os.environ, DEMO_ENABLED="true" if demo else "false", PORT=str(port))
    if workers:
        env["WEB_CONCURRENCY"] = str(workers)
    shown = f"[{host}]" if ":" in host else host
    demo_note = (f"  (demo: http://{shown}:{port}/demo, dashboard: "
                 f"http://{shown}:{port}/demo/dashboard)" if demo else "")
    click.echo(f"Escalation copilot on http://{shown}:{port}{demo_note}")
    args = [
        sys.executable,
        "-m",
        "gunicorn",
        "-c",
        "python:backend.gunicorn_conf",
        "--bind",
        f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
        "backend:create_app()",
    ]
    os.execvpe(args[0], args, env)


# -- the routing model ----------------------------------------------------------------------
@click.command("train")
@click.option("--if-missing", is_flag=True, help="Do nothing when a live model exists.")
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write the skops artifact to this file.",
)
@with_appcontext
def train_command(if_missing: bool, output: Path | None) -> None:
    """Train the default model from model/ and make it the live version."""
    from backend.learning.bootstrap import train_default_model

    train_default_model(if_missing=if_missing, output=output, echo=click.echo)


@click.command("evaluate")
@click.option(
    "--data",
    "data_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="A JSONL file of {subject, description, team, priority?} rows; a team may be written "
    "as its key, name or label (search-platform, Search Platform, team/search-platform).",
)
@click.option(
    "--png",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Where to write the confusion-matrix PNG.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@with_appcontext
def evaluate_command(data_file: Path | None, png: Path | None, as_json: bool) -> None:
    """Score rules-only, model-only and the blend on the held-out split (or --data)."""
    from backend.routing.labels import UnknownLabelError
    from backend.routing.variant_comparison import evaluate_variants

    model_dir = current_app.config["SETTINGS"].model_dir
    try:
        evaluate_variants(model_dir, data_file=data_file, png=png, as_json=as_json,
                          echo=click.echo)
    except UnknownLabelError as exc:  # before any model is fitted: a row to fix, not a trace
        raise click.ClickException(str(exc)) from None


@click.command("classify")
@click.argument("text", nargs=-1)
@click.option(
    "--file",
    "file_",
    type=click.File("r"),
    default=None,
    help="Read tickets from a file ('-' for stdin): JSONL rows or plain text.",
)
@quiet_logs
@with_appcontext
def classify_command(text: tuple[str, ...], file_: Any) -> None:
    """Route a ticket from arguments, a file or stdin; JSONL in, JSONL out for batches."""
    from backend.learning.live import ModelUnavailable
    from backend.routing.classify import classify_lines

    try:
        router = current_app.extensions["live_model"].router()
    except ModelUnavailable as exc:
        raise click.ClickException(f"{exc} (run `rfh train --if-missing`)") from None
    if text:
        lines = [" ".join(text)]
    else:
        stream: Any = file_ if file_ is not None else sys.stdin
        lines = [line for line in stream if line.strip()]
    for result in classify_lines(router, lines):
        click.echo(json.dumps(result, ensure_ascii=False))


for _command in project_commands():
    rfh.add_command(_command)
