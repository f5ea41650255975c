"""Ceiling ratio: suggestions against a bare constant-JSON endpoint; same server, same tool."""

from __future__ import annotations

import json
from typing import Any

from bench.server import Service, agent_token
from bench.tickets import ticket_pool
from bench.wrk import run_wrk


def ceiling_ratio(service: Service, *, duration: float, connections: int) -> dict[str, Any]:
    """wrk on GET /healthz (no database, constant JSON), then on POST /api/v1/suggestions (2 KB)."""
    bodies = [json.dumps({"ticket": t}) for t in ticket_pool(2000, 50)]
    bare = run_wrk(service.url, duration=duration, connections=connections, path="/healthz")
    suggest = run_wrk(service.url, duration=duration, connections=connections, bodies=bodies,
                      token=agent_token(service.secret), path="/api/v1/suggestions")
    ratio = suggest["requests_per_s"] / bare["requests_per_s"] if bare["requests_per_s"] else 0.0
    return {
        "server": f"gunicorn -c python:backend.gunicorn_conf, {service.workers} sync workers",
        "tool": "wrk",
        "body_bytes": round(sum(map(len, bodies)) / len(bodies)),
        "bare": bare,
        "suggestions": suggest,
        "ratio": round(ratio, 3),
        "goal": 0.5,
        "meets_goal": ratio >= 0.5,
    }
