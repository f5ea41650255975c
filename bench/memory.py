"""Memory: resident size of each gunicorn worker before and after N suggestion requests."""

from __future__ import annotations

import json
from typing import Any

from bench.server import Service, agent_token
from bench.tickets import ticket_pool
from bench.wrk import run_wrk


def memory_after(service: Service, *, total_requests: int, connections: int = 8) -> dict[str, Any]:
    """Warm up, then send about total_requests suggestions (wrk, in slices) sampling RSS."""
    bodies = [json.dumps({"ticket": t}) for t in ticket_pool(2000, 50)]
    token = agent_token(service.secret)
    run_wrk(service.url, duration=2, connections=connections, bodies=bodies, token=token,
            path="/api/v1/suggestions")
    start = service.worker_rss_kib()
    samples = [{"requests": 0, "rss_kib": start}]
    sent = 0
    while sent < total_requests:
        result = run_wrk(service.url, duration=5, connections=connections, bodies=bodies,
                         token=token, path="/api/v1/suggestions")
        sent += result["requests"]
        samples.append({"requests": sent, "rss_kib": service.worker_rss_kib()})
        if result["requests"] == 0:
            break
    end = service.worker_rss_kib()
    growth = {str(pid): end[pid] - start[pid] for pid in end if pid in start}
    return {
        "requests": sent,
        "rss_kib_start": {str(k): v for k, v in start.items()},
        "rss_kib_end": {str(k): v for k, v in end.items()},
        "growth_kib": growth,
        "max_growth_kib": max(growth.values(), default=None),
        "samples": [{"requests": s["requests"],
                     "rss_kib": {str(k): v for k, v in s["rss_kib"].items()}} for s in samples],
    }
