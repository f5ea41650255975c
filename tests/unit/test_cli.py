"""`rfh` is a click group of the project's commands only, light to start, quiet where piped."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from backend.cli import rfh, script_info
from tests.conftest import install_model

PROJECT = Path(__file__).resolve().parents[2]
RFH = Path(sys.executable).with_name("rfh")
OURS = {"app", "classify", "db", "escalations", "evaluate", "feedback", "import-history", "model",
        "report",
        "retrain", "serve", "token", "train", "worker"}
# What made `rfh --help` take seconds: the app, the model, the database, the charts.
HEAVY = ("sklearn", "sqlalchemy", "alembic", "matplotlib", "pydantic_settings", "scipy",
         "numpy", "rich", "backend.settings", "backend.db", "backend.learning.registry")


def test_help_lists_the_project_commands_and_nothing_of_flask() -> None:
    result = CliRunner().invoke(rfh, ["--help"], obj=script_info())

    assert result.exit_code == 0, result.output
    listed = {line.split()[0] for line in result.output.split("Commands:")[1].splitlines()
              if line.strip()}
    assert listed == OURS
    for flask_only in ("--app", "--debug", "--env-file", " run ", " shell ", " routes "):
        assert flask_only not in result.output


def test_listing_the_commands_imports_none_of_the_heavy_modules() -> None:
    """`rfh --help` must not build the app: only click and Flask are loaded to list commands."""
    code = ("import sys; from click.testing import CliRunner; from backend.cli import rfh; "
            "CliRunner().invoke(rfh, ['--help']); "
            f"print([m for m in {HEAVY!r} if m in sys.modules])")
    done = subprocess.run([sys.executable, "-c", code], cwd=PROJECT, capture_output=True,
                          text=True, timeout=60, check=True)
    assert done.stdout.strip() == "[]", done.stderr


def _env(database_url: str, tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PROMETHEUS_", "LOG_"))}
    env.update(DATABASE_URL=database_url, INSTANCE_PATH=str(tmp_path / "instance"), **extra)
    return env


def test_classify_writes_json_on_stdout_and_nothing_on_stderr(
    database_url: str, tmp_path: Path, trained_artifact: dict[str, Any]
) -> None:
    """The model loading logs at INFO and RE2 reports the patterns it leaves to `re`: neither
    may land among the results (LOG_LEVEL=INFO, as on a host, to show the logs are muted)."""
    version = install_model(database_url, trained_artifact)
    done = subprocess.run(
        [str(RFH), "classify", "Cody autocomplete stopped suggesting anything in VS Code"],
        env=_env(database_url, tmp_path, LOG_LEVEL="INFO", LOG_FORMAT="text"),
        capture_output=True, text=True, timeout=120)

    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    row = json.loads(done.stdout)
    assert row["team"] == "cody" and row["model_version"] == version


def test_a_configuration_mistake_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    done = subprocess.run([str(RFH), "token"], capture_output=True, text=True, timeout=60,
                          env=_env("sqlite:///x.db", tmp_path, JWT_LEEWAY_SECONDS="soon"))

    assert done.returncode == 2
    assert done.stderr.startswith("rfh: ") and "Traceback" not in done.stderr


def test_an_evaluation_file_with_an_unknown_team_names_the_row_before_any_training(
        tmp_path: Path) -> None:
    data = tmp_path / "theirs.jsonl"
    data.write_text(json.dumps({"subject": "zoekt down", "description": "x",
                                "team": "Search Platform"}) + "\n"
                    + json.dumps({"subject": "who owns this", "description": "y",
                                  "team": "Platform Team"}) + "\n")
    done = subprocess.run([str(RFH), "evaluate", "--data", str(data)], capture_output=True,
                          text=True, timeout=60, env=_env("sqlite:///x.db", tmp_path))

    assert done.returncode == 1
    assert "theirs.jsonl: row 2: unknown team 'Platform Team'" in done.stderr
    assert "Traceback" not in done.stderr
