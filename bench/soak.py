"""Soak: concurrent suggestions, feedback and escalations against the service and the local fakes.

Counts what must never happen under load: a 5xx, a second issue for one ticket, a feedback the
service acknowledged (201) that is not in the database; and samples the workers' memory.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import requests
from sqlalchemy import create_engine, func, select

from bench.server import Service
from bench.tickets import ticket_pool

TEAMS = ("cloud", "search-platform", "code-search", "cody", "source", "release")
PRIORITIES = ("se/p1", "se/p2", "se/p3")
MIX = (("suggestion", 0.6), ("feedback", 0.25), ("escalation", 0.15))
# Memory is compared from this many seconds in: by then every worker has served each kind of
# request once (the single warm-up request reaches one worker only, and a worker's first
# escalation imports and builds the GitHub and Zendesk clients), so what grows after it is growth.
WARMUP_S = 5.0


@dataclass
class SoakLog:
    """What the clients saw, shared by the client threads."""

    statuses: Counter[str] = field(default_factory=Counter)  # "kind status" -> n
    errors: Counter[str] = field(default_factory=Counter)  # "kind ExceptionName" -> n
    feedback_acknowledged: int = 0
    escalated: set[int] = field(default_factory=set)
    issue_numbers: dict[int, set[int]] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, kind: str, response: requests.Response, elapsed: float) -> None:
        """Count one answer."""
        with self.lock:
            self.statuses[f"{kind} {response.status_code}"] += 1
            self.latencies.append(elapsed)
            if kind == "feedback" and response.status_code == 201:
                self.feedback_acknowledged += 1


def _escalate(session: requests.Session, url: str, ticket_id: int,
              log: SoakLog) -> requests.Response:
    r = session.post(f"{url}/api/v1/escalations", json={"ticket_id": ticket_id}, timeout=60)
    if r.status_code in (200, 201):
        number = (r.json().get("issue") or {}).get("number")
        with log.lock:
            log.escalated.add(ticket_id)
            if number is not None:
                log.issue_numbers.setdefault(ticket_id, set()).add(int(number))
    return r


def client_loop(service: Service, ticket_ids: list[int], deadline: float, seed: int,
                log: SoakLog) -> None:
    """One connection: pick an operation by the mix, send it, record the answer, until deadline."""
    rng = random.Random(seed)
    tickets = ticket_pool(2000, 40, seed=seed)
    kinds = [kind for kind, _ in MIX]
    weights = [weight for _, weight in MIX]
    with requests.Session() as session:
        session.headers.update(service.headers())
        while time.monotonic() < deadline:
            kind = rng.choices(kinds, weights)[0]
            started = time.monotonic()
            try:
                if kind == "suggestion":
                    r = session.post(f"{service.url}/api/v1/suggestions",
                                     json={"ticket": rng.choice(tickets)}, timeout=60)
                elif kind == "feedback":
                    r = session.post(f"{service.url}/api/v1/feedback", json={
                        "ticket": rng.choice(tickets), "team": rng.choice(TEAMS),
                        "priority": rng.choice(PRIORITIES)}, timeout=60)
                else:
                    r = _escalate(session, service.url, rng.choice(ticket_ids), log)
            except requests.RequestException as exc:
                with log.lock:
                    log.errors[f"{kind} {type(exc).__name__}"] += 1
                continue
            log.record(kind, r, time.monotonic() - started)


def count_feedback_rows(database_url: str) -> int:
    """Feedback rows in the service's database."""
    from backend.models import Feedback

    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(Feedback)).scalar_one())
    finally:
        engine.dispose()


def issues_per_ticket(issues: list[dict[str, Any]], ticket_ids: list[int]) -> dict[int, int]:
    """How many filed issues carry each ticket's hidden marker."""
    from backend.escalation.composer import marker_for

    return {tid: sum(marker_for(tid, "rfh") in (i.get("body") or "") for i in issues)
            for tid in ticket_ids}


def rss_growth_kib(result: dict[str, Any]) -> tuple[int | None, int | None]:
    """(largest worker growth from WARMUP_S to the end, largest growth during the warm-up)."""
    start, end = result["worker_rss_kib_start"], result["worker_rss_kib_end"]
    warm = next((x["rss_kib"] for x in result.get("rss_samples", []) if x["t"] >= WARMUP_S), None)
    if warm is None:
        return None, None
    after = [end.get(k, 0) - v for k, v in warm.items()]
    during = [v - start.get(k, v) for k, v in warm.items()]
    return max(after, default=None), max(during, default=None)


def run_soak(service: Service, *, duration: float, connections: int, ticket_ids: list[int],
             list_issues: Callable[[], list[dict[str, Any]]],
             feedback_before: int = 0) -> dict[str, Any]:
    """Drive the mix for ``duration`` s over ``connections`` connections; return the counts."""
    log = SoakLog()
    warm = requests.post(f"{service.url}/api/v1/suggestions", headers=service.headers(),
                         json={"ticket": ticket_pool(2000, 1)[0]}, timeout=60)
    warm.raise_for_status()
    rss_start = service.worker_rss_kib()
    started = time.monotonic()
    deadline = started + duration
    samples: list[dict[str, Any]] = []
    with ThreadPoolExecutor(connections) as pool:
        futures = [pool.submit(client_loop, service, ticket_ids, deadline, seed, log)
                   for seed in range(connections)]
        while time.monotonic() < deadline:
            time.sleep(min(1.0, max(0.0, deadline - time.monotonic())))
            samples.append({"t": round(time.monotonic() - started, 1),
                            "rss_kib": service.worker_rss_kib()})
        for future in futures:
            future.result()
    elapsed = time.monotonic() - started
    rss_end = service.worker_rss_kib()

    per_ticket = issues_per_ticket(list_issues(), sorted(log.escalated))
    feedback_rows = count_feedback_rows(service.database_url) - feedback_before
    total = sum(log.statuses.values())
    server_errors = sum(n for key, n in log.statuses.items() if key.split()[1].startswith("5"))
    lat = sorted(log.latencies)
    return {
        "duration_s": round(elapsed, 1),
        "connections": connections,
        "requests": total,
        "requests_per_s": round(total / elapsed, 1) if elapsed else 0.0,
        "p50_ms": round(lat[len(lat) // 2] * 1000, 1) if lat else None,
        "p99_ms": round(lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000, 1) if lat else None,
        "statuses": dict(sorted(log.statuses.items())),
        "client_errors": dict(log.errors),
        "server_errors": server_errors,
        "tickets_escalated": len(log.escalated),
        "duplicate_issues": sum(max(0, n - 1) for n in per_ticket.values()),
        "escalated_without_issue": sum(1 for n in per_ticket.values() if n == 0),
        "issue_numbers_disagreeing": sum(1 for s in log.issue_numbers.values() if len(s) > 1),
        "feedback_acknowledged": log.feedback_acknowledged,
        "feedback_rows": feedback_rows,
        "lost_feedback": max(0, log.feedback_acknowledged - feedback_rows),
        "worker_rss_kib_start": rss_start,
        "worker_rss_kib_end": rss_end,
        "rss_samples": samples,
    }
