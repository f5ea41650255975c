"""Migrations: linear history, each step up and down, models in step, the Procfile's commands."""

from __future__ import annotations

import json
import os
import shlex
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from backend import migrate
from backend.db import Base
from tests.conftest import SECRET, install_model

ROOT = Path(__file__).resolve().parents[2]
TABLES = {"suggestions", "feedback", "escalations", "model_versions", "import_cursors"}


def _procfile(kind: str) -> str:
    for line in (ROOT / "Procfile").read_text().splitlines():
        name, _, command = line.partition(":")
        if name.strip() == kind:
            return command.strip()
    raise AssertionError(f"no {kind}: line in the Procfile")


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def _env(url: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PROMETHEUS_")}
    bin_dir = str(Path(sys.executable).parent)
    env.update(DATABASE_URL=url, PATH=bin_dir + os.pathsep + env.get("PATH", ""), **extra)
    return env


def test_history_is_linear(database_url):
    revisions = migrate.revisions(database_url)
    assert migrate.heads(database_url) == [revisions[-1]]


def test_every_migration_goes_down_and_up_again(database_url):
    revisions = migrate.revisions(database_url)
    for index in range(len(revisions) - 1, -1, -1):
        below = revisions[index - 1] if index else "base"
        migrate.downgrade(database_url, below)
        migrate.upgrade(database_url, revisions[index])
        assert TABLES <= _tables(database_url)
    migrate.downgrade(database_url, "base")
    assert not (_tables(database_url) - {"alembic_version"})
    migrate.upgrade(database_url, "head")
    assert TABLES <= _tables(database_url)


def test_models_and_migrations_agree(database_url):
    engine = create_engine(database_url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_rfh_db_downgrade_base_then_upgrade_head_round_trips(pg_schema):
    env = _env(pg_schema.url)
    for args in (["db", "upgrade"], ["db", "downgrade", "base"], ["db", "upgrade", "head"]):
        done = subprocess.run(["rfh", *args], env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr[-2000:]
    assert TABLES <= _tables(pg_schema.url)


def test_release_command_migrates_an_empty_postgres_database(pg_schema, tmp_path):
    assert not _tables(pg_schema.url)
    env = _env(pg_schema.url, INSTANCE_PATH=str(tmp_path / "instance"))
    done = subprocess.run(["bash", "-c", _procfile("release")], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert TABLES <= _tables(pg_schema.url)
    assert "is live" in done.stdout  # the first model, trained from model/
    again = subprocess.run(["bash", "-c", _procfile("release")], env=env, cwd=ROOT,
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 0 and "nothing to do" in again.stdout


def _get(url: str) -> tuple[int, bytes]:
    """Status and body of a GET (0 when nothing answers yet)."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()
    except OSError:
        return 0, b""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_procfile_web_command_serves_on_postgres(pg_schema, trained_artifact, tmp_path):
    migrate.upgrade(pg_schema.url)
    install_model(pg_schema.url, trained_artifact)
    port = _free_port()
    command = _procfile("web").replace("$PORT", str(port))
    env = _env(pg_schema.url, PORT=str(port), ZAF_SHARED_SECRET=SECRET, WEB_CONCURRENCY="1",
               INSTANCE_PATH=str(tmp_path / "instance"))
    process = subprocess.Popen(shlex.split(command), env=env, cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            status, body = _get(f"http://127.0.0.1:{port}/readyz")
            if status == 200:
                break
            assert process.poll() is None, process.stderr.read().decode()[-2000:]  # type: ignore[union-attr]
            assert time.monotonic() < deadline, "the web process never became ready"
            time.sleep(0.3)
        assert json.loads(body)["database"] == "postgresql"
        assert _get(f"http://127.0.0.1:{port}/healthz")[0] == 200
        assert _get(f"http://127.0.0.1:{port}/demo")[0] == 404
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_web_refuses_a_public_bind_without_a_shared_secret(tmp_path):
    port = _free_port()
    command = _procfile("web").replace("$PORT", str(port))
    env = _env(f"sqlite:///{tmp_path / 'x.sqlite3'}", PORT=str(port))
    env.pop("ZAF_SHARED_SECRET", None)
    done = subprocess.run(shlex.split(command), env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode != 0
    assert "ZAF_SHARED_SECRET" in done.stderr
