"""Gunicorn settings for the Procfile's web process and `rfh serve`."""

from __future__ import annotations

import ipaddress
import os
import sys
import tempfile
from typing import Any

bind = f"0.0.0.0:{os.environ.get('PORT', '5000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "0"))
accesslog = None  # the app logs what matters, with request ids
errorlog = "-"

# Prometheus multiprocess mode: every worker writes its samples here, /metrics adds them up.
# Set before any worker imports prometheus_client.
if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="rfh-prometheus-")


def _is_loopback(address: str) -> bool:
    host = address.rsplit(":", 1)[0].strip("[]") if ":" in address else address
    if host in ("localhost", ""):
        return host == "localhost"
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def on_starting(server: Any) -> None:
    """Refuse to serve beyond loopback without a shared secret (tokens would be forgeable)."""
    addresses = [str(a) for a in server.cfg.bind]
    if not os.environ.get("ZAF_SHARED_SECRET") and not all(_is_loopback(a) for a in addresses):
        sys.stderr.write(
            "Refusing to start: ZAF_SHARED_SECRET is not set and the bind "
            f"{addresses} is not loopback-only. Set ZAF_SHARED_SECRET to the Zendesk app's "
            "shared secret.\n"
        )
        sys.exit(1)


def child_exit(server: Any, worker: Any) -> None:
    """Drop a dead worker's live gauges from the multiprocess metrics."""
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)
