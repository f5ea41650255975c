"""GET /metrics adds up every gunicorn worker (multiprocess mode), and what it exposes."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import urllib.request
from collections import Counter
from pathlib import Path

import pytest
from prometheus_client.mmap_dict import MmapedDict
from prometheus_client.parser import text_string_to_metric_families

from backend import migrate
from backend.metrics import metrics
from tests.conftest import ADMIN, SECRET, install_model
from tests.integration.gunicorn_support import free_port, wait_for_port

ROOT = Path(__file__).resolve().parents[2]
REQUESTS = 12




def _samples(text: str, name: str) -> list[tuple[dict[str, str], float]]:
    return [(s.labels, s.value) for family in text_string_to_metric_families(text)
            for s in family.samples if s.name == name]


def _get(url: str, headers: dict[str, str] | None = None) -> tuple[int, str]:
    req = urllib.request.Request(url, headers=headers or {})
    with urllib.request.urlopen(req, timeout=60) as resp:
        return resp.status, resp.read().decode()




@pytest.fixture
def gunicorn(tmp_path, trained_artifact):
    """gunicorn with two sync workers on a migrated SQLite file; yields (base url, metrics dir)."""
    url = f"sqlite:///{tmp_path / 'metrics.sqlite3'}"
    migrate.upgrade(url)
    install_model(url, trained_artifact)
    prom = tmp_path / "prometheus"
    prom.mkdir()
    port = free_port()
    env = {**os.environ, "DATABASE_URL": url, "ZAF_SHARED_SECRET": SECRET, "ADMIN_TOKEN": ADMIN,
           "PROMETHEUS_MULTIPROC_DIR": str(prom), "WEB_CONCURRENCY": "2",
           "GUNICORN_TIMEOUT": "120", "INSTANCE_PATH": str(tmp_path / "instance"),
           "LOG_FORMAT": "text", "DEMO_ENABLED": "false"}
    log = tmp_path / "gunicorn.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "python:backend.gunicorn_conf",
             "--bind", f"127.0.0.1:{port}", "backend:create_app()"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_for_port(port, proc, log, timeout=120)
        yield f"http://127.0.0.1:{port}", prom, port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _healthz_counts_per_pid(prom: Path) -> Counter[int]:
    """Read each worker's counter file directly: pid -> /healthz requests it counted."""
    per_pid: Counter[int] = Counter()
    for path in prom.glob("counter_*.db"):
        pid = int(path.stem.split("_")[-1])
        for key, value, _ts, _pos in MmapedDict.read_all_values_from_file(str(path)):
            _metric, name, labels, _help = json.loads(key)
            if name == "rfh_http_requests_total" and labels.get("endpoint") == "/healthz":
                per_pid[pid] += int(value)
    return per_pid


@pytest.mark.slow
def test_metrics_count_requests_of_every_gunicorn_worker(gunicorn):
    base, prom, port = gunicorn
    # Hold one worker on a half-sent request: a sync worker serves one connection at a time,
    # so every other request must go to the second worker. No timing is involved.
    held = socket.create_connection(("127.0.0.1", port), timeout=60)
    held.sendall(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n")
    for _ in range(REQUESTS - 1):
        assert _get(f"{base}/healthz")[0] == 200
    held.sendall(b"Connection: close\r\n\r\n")
    reply = b""
    while chunk := held.recv(4096):
        reply += chunk
    held.close()
    assert reply.startswith(b"HTTP/1.1 200"), reply[:200]

    status, text = _get(f"{base}/metrics", {"Authorization": f"Bearer {ADMIN}"})
    assert status == 200
    served = [v for labels, v in _samples(text, "rfh_http_requests_total")
              if labels["endpoint"] == "/healthz"]
    assert sum(served) == REQUESTS
    per_pid = _healthz_counts_per_pid(prom)
    assert len([pid for pid, n in per_pid.items() if n > 0]) == 2, per_pid
    assert sum(per_pid.values()) == REQUESTS
    latency = [v for labels, v in _samples(text, "rfh_http_request_duration_seconds_count")
               if labels["endpoint"] == "/healthz"]
    assert sum(latency) == REQUESTS
    # The live model version is set by whichever process touched the registry last.
    versions = _samples(text, "rfh_live_model_version")
    assert [v for _, v in versions] == [1.0]


def test_metrics_need_the_admin_token(client, auth):
    assert client.get("/metrics").status_code == 401
    assert client.get("/metrics", headers=auth).status_code == 403


def test_metrics_expose_suggestions_escalations_and_model_gauges(client, auth, admin_auth):
    def scrape() -> str:
        r = client.get("/metrics", headers=admin_auth)
        assert r.status_code == 200
        return r.get_data(as_text=True)

    def value(text: str, name: str, **labels: str) -> float:
        return sum(v for got, v in _samples(text, name)
                   if all(got.get(k) == want for k, want in labels.items()))

    before = scrape()
    ticket = {"subject": "Cody autocomplete stopped in IntelliJ",
              "description": "Cody completions no longer appear in the JetBrains plugin."}
    r = client.post("/api/v1/suggestions", json={"ticket": ticket}, headers=auth)
    assert r.status_code == 200, r.get_data(as_text=True)
    team = r.get_json()["team"]["key"]
    metrics.escalation("rfh", "created")
    with pytest.raises(TimeoutError), metrics.external_call("github", "create_issue"):
        raise TimeoutError("slow")
    after = scrape()

    assert value(after, "rfh_suggestions_total", team=team) == value(
        before, "rfh_suggestions_total", team=team) + 1
    buckets = {labels["confidence"] for labels, _ in _samples(after, "rfh_suggestions_total")}
    assert buckets <= {"<0.5", "<0.7", "<0.9", ">=0.9"} and buckets
    assert value(after, "rfh_escalations_total", kind="rfh", outcome="created") == value(
        before, "rfh_escalations_total", kind="rfh", outcome="created") + 1
    assert value(after, "rfh_external_call_errors_total", service="github",
                 code="TimeoutError") == value(before, "rfh_external_call_errors_total",
                                               service="github", code="TimeoutError") + 1
    assert value(after, "rfh_external_call_duration_seconds_count", service="github") >= 1
    assert value(after, "rfh_live_model_version") == 1
    assert value(after, "rfh_feedback_since_retrain") == 0


def test_feedback_since_retrain_is_read_from_the_database(app, client, admin_auth):
    from backend.db import db
    from backend.models import Feedback

    with app.app_context(), db.transaction() as session:
        session.add_all(Feedback(ticket_id=n, team="cody", priority="se/p2") for n in (1, 2, 3))
    text = client.get("/metrics", headers=admin_auth).get_data(as_text=True)
    assert [v for _, v in _samples(text, "rfh_feedback_since_retrain")] == [3.0]
