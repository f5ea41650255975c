"""Two service instances (two gunicorn processes, two ports) on one PostgreSQL.

Escalations of the same tickets, split across both instances at once, file exactly one issue
per ticket; feedback sent to both at once is all stored.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from bench.soak import count_feedback_rows, issues_per_ticket
from tests.conftest import RUN_ON_POSTGRES
from tests.robustness import services
from tests.robustness.services import RFH_REPO, integration_env

start_service = services.start_service  # the fixture, under its own name


@pytest.fixture
def two_services(database_url, start_service, github_fake, zendesk_fake):
    """Two single-worker gunicorn services on the same PostgreSQL schema and the same fakes."""
    if not database_url.startswith("postgresql"):
        pytest.skip("two instances share a database server: run it with" + RUN_ON_POSTGRES)
    env = {**integration_env(github_fake, zendesk_fake), "OUTBOUND_TIMEOUT_SECONDS": "10",
           "ESCALATION_WAIT_SECONDS": "30"}
    return [start_service(database_url, env=env, workers=1) for _ in range(2)]


def test_concurrent_escalations_across_instances_file_one_issue_each(two_services, github_fake,
                                                                      zendesk_fake):
    tickets = [zendesk_fake.add_ticket(f"Executors stuck on batch change {i}",
                                       "Every changeset is stuck in processing.")
               for i in range(4)]
    calls = [(tid, two_services[n % 2]) for n, tid in enumerate(tickets * 6)]

    def escalate(call):
        tid, service = call
        r = requests.post(f"{service.url}/api/v1/escalations", json={"ticket_id": tid},
                          headers=service.headers(), timeout=90)
        return tid, r.status_code, r.json()

    with ThreadPoolExecutor(len(calls)) as pool:
        results = list(pool.map(escalate, calls))

    numbers: dict[int, set[int]] = defaultdict(set)
    created = Counter()
    for tid, status, body in results:
        assert status in (200, 201), body
        numbers[tid].add(body["issue"]["number"])
        created[tid] += body["status"] == "created"
    assert all(len(n) == 1 for n in numbers.values()), numbers  # everyone saw the same issue
    assert created == Counter({tid: 1 for tid in tickets})
    assert issues_per_ticket(github_fake.issues(RFH_REPO), tickets) == {t: 1 for t in tickets}
    assert github_fake.count("POST", f"/repos/{RFH_REPO}/issues") == len(tickets)


def test_concurrent_feedback_across_instances_loses_nothing(two_services, database_url):
    def send(n):
        service = two_services[n % 2]
        r = requests.post(f"{service.url}/api/v1/feedback", headers=service.headers(), json={
            # A ticket each: the same choice for the same ticket again is a repeat (stored once).
            "ticket": {"id": 1000 + n, "subject": f"Sync lag {n}",
                       "description": "Repositories take hours to update."},
            "team": "source", "priority": "se/p2"}, timeout=60)
        return r.status_code, r.json()

    with ThreadPoolExecutor(16) as pool:
        results = list(pool.map(send, range(48)))
    assert [status for status, _ in results] == [201] * 48, results[:3]
    assert len({body["id"] for _, body in results}) == 48
    assert count_feedback_rows(database_url) == 48
