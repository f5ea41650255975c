"""A worker SIGKILLed in the middle of a request: the others keep serving, it is replaced."""

from __future__ import annotations

import os
import signal
import time
from concurrent.futures import ThreadPoolExecutor

import requests

from tests.robustness.services import integration_env


def _wait_for(predicate, timeout: float = 60.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def test_killed_worker_mid_request_others_keep_serving(database_url, start_service, zendesk_fake):
    # Zendesk answers each ticket read slowly, so both sync workers are held inside a request.
    tickets = [zendesk_fake.add_ticket(f"Search is slow on repo {i}", "Queries take 30 s.")
               for i in range(2)]
    for tid in tickets:
        zendesk_fake.delay("GET", f"/api/v2/tickets/{tid}.json", 4.0)
    env = {**integration_env(None, zendesk_fake), "OUTBOUND_TIMEOUT_SECONDS": "15"}
    service = start_service(database_url, env=env)
    headers = service.headers()

    def suggest(tid: int) -> int | str:
        try:
            r = requests.post(f"{service.url}/api/v1/suggestions", json={"ticket_id": tid},
                              headers=headers, timeout=30)
        except requests.ConnectionError:
            return "connection closed"
        return r.status_code

    with ThreadPoolExecutor(2) as pool:
        futures = [pool.submit(suggest, tid) for tid in tickets]
        _wait_for(lambda: all(zendesk_fake.count("GET", f"/api/v2/tickets/{t}.json")
                              for t in tickets), what="both requests in flight")
        victim = service.worker_pids()[0]
        os.kill(victim, signal.SIGKILL)
        outcomes = sorted(str(f.result()) for f in futures)

    # the killed worker's client loses its connection; the other worker's request completes
    assert outcomes == ["200", "connection closed"]
    _wait_for(lambda: len(service.worker_pids()) == 2 and victim not in service.worker_pids(),
              what="gunicorn to replace the worker")
    for _ in range(6):
        r = requests.get(f"{service.url}/api/v1/config", headers=headers, timeout=10)
        assert r.status_code == 200
