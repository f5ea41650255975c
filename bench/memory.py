"""Memory: each worker's RSS, and the web processes' PSS (master + workers), across N requests."""

from __future__ import annotations

import os
from typing import Any

from bench.server import Service, agent_token
from bench.tickets import suggestion_bodies
from bench.wrk import run_wrk

PSS_GOAL_MIB = 350.0  # master + 2 workers after 10,000 requests: web and worker fit a 512 MB host


def memory_after(service: Service, *, total_requests: int, connections: int = 8) -> dict[str, Any]:
    """Warm up, then send about total_requests suggestions (wrk, in slices) sampling RSS."""
    bodies = suggestion_bodies()
    token = agent_token(service.secret)
    run_wrk(service.url, duration=2, connections=connections, bodies=bodies, token=token,
            path="/api/v1/suggestions")
    start = service.worker_rss_kib()
    pss_start = service.web_pss_kib()
    samples: list[dict[str, Any]] = [{"requests": 0, "rss_kib": start}]
    sent = 0
    while sent < total_requests:
        result = run_wrk(service.url, duration=5, connections=connections, bodies=bodies,
                         token=token, path="/api/v1/suggestions")
        sent += result["requests"]
        samples.append({"requests": sent, "rss_kib": service.worker_rss_kib()})
        if result["requests"] == 0:
            break
    end = service.worker_rss_kib()
    pss_end = service.web_pss_kib()
    total_pss_mib = sum(pss_end.values()) / 1024
    growth = {str(pid): end[pid] - start[pid] for pid in end if pid in start}
    return {
        "requests": sent,
        "rss_kib_start": {str(k): v for k, v in start.items()},
        "rss_kib_end": {str(k): v for k, v in end.items()},
        "growth_kib": growth,
        "max_growth_kib": max(growth.values(), default=None),
        "pss_kib_start": pss_start,
        "pss_kib_end": pss_end,
        "web_pss_mib": round(total_pss_mib, 1),
        "pss_goal_mib": PSS_GOAL_MIB,
        "meets_pss_goal": total_pss_mib <= PSS_GOAL_MIB,
        "samples": [{"requests": s["requests"],
                     "rss_kib": {str(k): v for k, v in s["rss_kib"].items()}} for s in samples],
    }


def store_history(url: str, cases: int) -> None:
    """Store ``cases`` synthetic past tickets (as escalations and `rfh import-history` leave
    them) in the migrated database at url: "Seen before" then remembers every one of them."""
    import tempfile
    from unittest.mock import patch

    from backend.db import db
    from bench.request_cpu import build_app
    from bench.retrain_scaling import synthetic_feedback
    from bench.similar_tickets import fill

    # build_app points Prometheus at a directory of its own unless one is set: only for this
    # app (patch.dict puts the environment back), so the benchmarks run after this one
    # measure what they measured before.
    with (tempfile.TemporaryDirectory(prefix="rfh-bench-history-") as instance,
          tempfile.TemporaryDirectory(prefix="rfh-bench-history-prom-") as prometheus,
          patch.dict(os.environ, {"PROMETHEUS_MULTIPROC_DIR": prometheus})):
        app = build_app(url, instance)
        with app.app_context():
            try:
                fill(cases, synthetic_feedback(cases, seed=5))
            finally:
                db.current().dispose()  # no idle connection left to the bench's schema
