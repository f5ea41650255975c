"""Length scaling: suggestion latency from 200 B to 1 MB, in-process and over HTTP."""

from __future__ import annotations

import statistics
import time
from typing import Any

import requests

from bench.server import Service
from bench.tickets import ticket_pool

SIZES = (200, 2_000, 20_000, 200_000, 1_000_000)


def _summary(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {"n": len(ordered), "p50_ms": round(statistics.median(ordered) * 1000, 2),
            "max_ms": round(ordered[-1] * 1000, 2),
            "mean_ms": round(statistics.fmean(ordered) * 1000, 2)}


def in_process(router: Any, *, repeats: int) -> dict[str, Any]:
    """Router.suggest timings per ticket size (no HTTP, no database)."""
    from backend.api.schemas import TicketIn

    out = {}
    for size in SIZES:
        tickets = [TicketIn(**t).to_ticket() for t in ticket_pool(size, repeats)]
        router.suggest(tickets[0])  # warm caches
        times = []
        for ticket in tickets:
            started = time.perf_counter()
            router.suggest(ticket)
            times.append(time.perf_counter() - started)
        out[str(size)] = _summary(times)
    return out


def over_http(service: Service, *, repeats: int) -> dict[str, Any]:
    """POST /api/v1/suggestions timings per ticket size, one request at a time."""
    out = {}
    with requests.Session() as session:
        session.headers.update(service.headers())
        for _ in range(service.workers * 2):  # every worker loads its model before the clock runs
            session.post(f"{service.url}/api/v1/suggestions",
                         json={"ticket": ticket_pool(200, 1)[0]}, timeout=120).raise_for_status()
        for size in SIZES:
            times = []
            for ticket in ticket_pool(size, repeats):
                started = time.perf_counter()
                r = session.post(f"{service.url}/api/v1/suggestions", json={"ticket": ticket},
                                 timeout=120)
                times.append(time.perf_counter() - started)
                r.raise_for_status()
            out[str(size)] = _summary(times)
    return out
