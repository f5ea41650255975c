"""Acceptance 3: two gunicorn instances on one PostgreSQL share every model version.

A retrain requested on one instance is run by the worker process and served by both within
10 seconds of its promotion; a worker SIGKILLed mid-training leaves the live model serving
and no half-written version live.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from backend import migrate
from backend.models import ModelVersion
from tests.conftest import ADMIN, SECRET, PostgresSchema, install_model

ROOT = Path(__file__).resolve().parents[2]
SWAP_DEADLINE = 10.0  # the behaviour under test: every instance serves a new version this fast
START_DEADLINE = 120.0  # generous bounds for a loaded 2-core machine, not speed goals
TRAIN_DEADLINE = 600.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Stack:
    """Gunicorn instances and worker processes on one database; stops them all at the end."""

    def __init__(self, url: str, tmp: Path) -> None:
        self.tmp = tmp
        self.procs: list[subprocess.Popen[bytes]] = []
        self.env = {
            **os.environ, "DATABASE_URL": url, "ZAF_SHARED_SECRET": SECRET, "ADMIN_TOKEN": ADMIN,
            "MODEL_POLL_SECONDS": "0.5", "WEB_CONCURRENCY": "1", "RETRAIN_CHECK_SECONDS": "0.2",
            "LOG_FORMAT": "text", "INSTANCE_PATH": str(tmp / "instance"),
        }

    def _spawn(self, args: list[str], log: str) -> subprocess.Popen[bytes]:
        out = (self.tmp / log).open("wb")
        # A session of its own: SIGKILL reaches the process and its training pool together.
        proc = subprocess.Popen(args, cwd=ROOT, env=self.env, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
        self.procs.append(proc)
        return proc

    def web(self, name: str) -> str:
        port = _free_port()
        self._spawn([sys.executable, "-m", "gunicorn", "-c", "python:backend.gunicorn_conf",
                     "--bind", f"127.0.0.1:{port}", "backend:create_app()"], f"{name}.log")
        return f"http://127.0.0.1:{port}"

    def worker(self, name: str) -> subprocess.Popen[bytes]:
        return self._spawn([sys.executable, "-c", "from backend.cli import main; main()",
                            "worker"], f"{name}.log")

    @staticmethod
    def kill(proc: subprocess.Popen[bytes]) -> None:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=30)

    def stop(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill(proc)

    def logs(self) -> str:
        return "\n".join(f"--- {p.name}\n{p.read_text(errors='replace')[-3000:]}"
                         for p in sorted(self.tmp.glob("*.log")))


@pytest.fixture
def stack(pg_schema: PostgresSchema, trained_artifact: dict[str, Any],
          tmp_path: Path) -> Iterator[tuple[Stack, str]]:
    migrate.upgrade(pg_schema.url)
    install_model(pg_schema.url, trained_artifact)  # no instance trains at start-up
    running = Stack(pg_schema.url, tmp_path)
    try:
        yield running, pg_schema.url
    finally:
        running.stop()


def wait_for(check: Any, deadline: float, what: str, stack: Stack) -> Any:
    """Poll check() until it returns something truthy, or fail naming what never happened."""
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        try:
            value = check()
        except requests.RequestException:
            value = None
        if value:
            return value
        time.sleep(0.1)
    pytest.fail(f"{what} did not happen within {deadline:g} s\n{stack.logs()}")


def served(base: str) -> int | None:
    r = requests.get(f"{base}/readyz", timeout=5)
    return int(r.json()["model_version"]) if r.status_code == 200 else None


def versions(url: str) -> dict[int, str]:
    engine = create_engine(url)
    try:
        with Session(engine) as session:
            return dict(session.execute(select(ModelVersion.id, ModelVersion.status)).all())
    finally:
        engine.dispose()


def request_status(base: str, request_id: int) -> dict[str, Any]:
    return requests.get(f"{base}/api/v1/model/retrain/{request_id}",
                        headers={"Authorization": f"Bearer {ADMIN}"}, timeout=5).json()


def test_two_instances_share_versions_and_survive_a_killed_trainer(stack):
    stack_, url = stack
    a, b = stack_.web("web-a"), stack_.web("web-b")
    first = {base: wait_for(lambda base=base: served(base), START_DEADLINE, f"{base} ready", stack_)
             for base in (a, b)}
    assert set(first.values()) == {1}
    admin = {"Authorization": f"Bearer {ADMIN}"}

    # 1. A worker killed in the middle of training.
    doomed = stack_.worker("worker-1")
    queued = requests.post(f"{a}/api/v1/model/retrain", headers=admin, timeout=5)
    assert queued.status_code == 202
    killed_id = queued.json()["request_id"]
    wait_for(lambda: request_status(a, killed_id)["status"] == "running", START_DEADLINE,
             "the worker starting the retrain", stack_)
    # The worker says "training on N examples" just before fitting (seconds of work): kill then.
    wait_for(lambda: "training on" in (stack_.tmp / "worker-1.log").read_text(errors="replace"),
             START_DEADLINE, "the worker fitting the candidate", stack_)
    assert doomed.poll() is None
    stack_.kill(doomed)
    assert served(a) == 1 and served(b) == 1
    after_kill = versions(url)
    assert after_kill[1] == "live"
    assert all(status == "candidate" for v, status in after_kill.items() if v != 1), after_kill
    ticket = {"ticket": {"subject": "helm upgrade fails", "description": "pods crashloop"}}
    suggestion = requests.post(f"{b}/api/v1/suggestions", json=ticket, headers=admin, timeout=30)
    assert suggestion.status_code == 200 and suggestion.json()["model_version"] == 1

    # 2. A retrain requested on instance A is served by A and B within seconds.
    stack_.worker("worker-2")
    queued = requests.post(f"{a}/api/v1/model/retrain", headers=admin, timeout=5).json()

    def finished() -> dict[str, Any] | None:
        status = request_status(b, queued["request_id"])
        return status if status["status"] in ("promoted", "rejected", "failed") else None

    done = wait_for(finished, TRAIN_DEADLINE, "the retrain finishing", stack_)
    assert done["status"] == "promoted", done
    new = done["version"]
    assert new > 1 and versions(url)[new] == "live" and versions(url)[1] == "retired"
    wait_for(lambda: served(a) == new and served(b) == new, SWAP_DEADLINE,
             f"both instances serving version {new}", stack_)
    assert request_status(a, killed_id)["status"] == "failed"  # the killed run is accounted for


MEMORY_DEADLINE = 5.0  # the behaviour under test: a correction reaches every instance this fast


def test_a_correction_reaches_near_duplicates_on_both_instances_without_a_retrain(stack):
    from tests.unit.test_learning_memory import NEAR, TICKET

    stack_, url = stack
    a, b = stack_.web("web-a"), stack_.web("web-b")
    for base in (a, b):
        wait_for(lambda base=base: served(base), START_DEADLINE, f"{base} ready", stack_)
    agent = {"Authorization": f"Bearer {ADMIN}"}

    def team(base: str, ticket: dict[str, Any]) -> dict[str, Any]:
        r = requests.post(f"{base}/api/v1/suggestions", json={"ticket": ticket}, headers=agent,
                          timeout=30)
        assert r.status_code == 200, r.text
        return dict(r.json())

    shown = team(a, TICKET)
    assert shown["team"]["key"] == "cody" and team(b, NEAR)["team"]["key"] == "cody"
    r = requests.post(f"{a}/api/v1/feedback", headers=agent, timeout=30, json={
        "ticket": TICKET, "team": "source", "priority": "se/p1",
        "suggestion_id": shown["suggestion_id"]})
    assert r.status_code == 201
    corrected = time.monotonic()
    for base in (b, a):  # B first: it never saw the correction being made
        # One deadline from the correction for both instances, not a fresh one for each.
        left = MEMORY_DEADLINE - (time.monotonic() - corrected)
        moved = wait_for(lambda base=base: team(base, NEAR)["team"]["key"] == "source",
                         max(left, 0.0), f"{base} following the correction", stack_)
        assert moved
    assert versions(url) == {1: "live"}  # no retrain: the memory did it
