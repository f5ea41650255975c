"""gunicorn preloads: the master loads the live model once, both workers serve it (copy-on-write)
and reach the database on connections of their own."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from backend import migrate
from backend.auth import mint_token
from backend.models import PastCase
from tests.conftest import ADMIN, SECRET, install_model
from tests.integration.gunicorn_support import free_port, wait_for_port

ROOT = Path(__file__).resolve().parents[2]
TICKET = b'{"ticket": {"subject": "Cody autocomplete stopped", "description": "In IntelliJ."}}'




def _serve(tmp_path: Path, trained_artifact, preload: str) -> str:
    """Start gunicorn, have each worker serve a suggestion; the log."""
    url = f"sqlite:///{tmp_path / f'preload{preload}.sqlite3'}"
    migrate.upgrade(url)
    install_model(url, trained_artifact)
    _store_past_cases(url)
    port = free_port()
    env = {**os.environ, "DATABASE_URL": url, "ZAF_SHARED_SECRET": SECRET, "ADMIN_TOKEN": ADMIN,
           "PROMETHEUS_MULTIPROC_DIR": str(tmp_path / f"prom{preload}"), "WEB_CONCURRENCY": "2",
           "GUNICORN_TIMEOUT": "120", "GUNICORN_PRELOAD": preload, "LOG_LEVEL": "INFO",
           "INSTANCE_PATH": str(tmp_path / f"instance{preload}"), "LOG_FORMAT": "text",
           "DEMO_ENABLED": "false"}
    Path(env["PROMETHEUS_MULTIPROC_DIR"]).mkdir()
    log = tmp_path / f"gunicorn{preload}.log"
    token = mint_token(SECRET, subject="7001", ttl=600)
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "python:backend.gunicorn_conf",
             "--bind", f"127.0.0.1:{port}", "backend:create_app()"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_for_port(port, proc, log)
        # Hold one sync worker on a half-sent suggestion: the next one must go to the other
        # worker; then finish the held one. Both workers have served a suggestion, no timing.
        head = (f"POST /api/v1/suggestions HTTP/1.1\r\nHost: localhost\r\n"
                f"Authorization: Bearer {token}\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(TICKET)}\r\nConnection: close\r\n\r\n").encode()
        held = socket.create_connection(("127.0.0.1", port), timeout=60)
        held.sendall(head + TICKET[:10])
        assert _post(port, token) == 200
        held.sendall(TICKET[10:])
        reply = b""
        while chunk := held.recv(4096):
            reply += chunk
        held.close()
        assert reply.startswith(b"HTTP/1.1 200"), reply[:300]
        return log.read_text()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _store_past_cases(url: str) -> None:
    """Two solved tickets for "Seen before", as `rfh import-history` stores them."""
    engine = create_engine(url)
    with Session(engine) as session, session.begin():
        session.add_all([PastCase(ticket_id=900 + n, source="import", team="cody",
                                  priority="se/p2", subject=f"Cody chat times out {n}",
                                  text=f"Cody chat times out after the upgrade, case {n}")
                         for n in range(2)])
    engine.dispose()


def _post(port: int, token: str) -> int:
    req = urllib.request.Request(
        f"http://127.0.0.1:{port}/api/v1/suggestions", data=TICKET,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        return int(resp.status)




@pytest.mark.slow
def test_the_master_loads_the_model_once_for_both_workers(tmp_path, trained_artifact):
    log = _serve(tmp_path, trained_artifact, preload="1")
    assert log.count("serving model version 1") == 1, log[-3000:]
    # "Seen before" too: the master reads the past cases once, the workers share them.
    assert log.count("memory of past_cases built: 2 rows read, 2 remembered") == 1, log[-3000:]


@pytest.mark.slow
def test_without_preload_each_worker_loads_its_own(tmp_path, trained_artifact):
    log = _serve(tmp_path, trained_artifact, preload="0")
    assert log.count("serving model version 1") == 2, log[-3000:]
    assert log.count("memory of past_cases built: 2 rows read, 2 remembered") == 2, log[-3000:]
