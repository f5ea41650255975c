"""Gunicorn settings for the Procfile's web process and `rfh serve`."""

from __future__ import annotations

import os
import sys
import tempfile
from typing import Any

bind = f"0.0.0.0:{os.environ.get('PORT', '5000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# The sync worker, but gunicorn's own error pages (a request it cannot parse) are JSON too.
worker_class = "backend.gunicorn_worker.JsonErrorWorker"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "0"))
# The master loads the app and the live model once and forks: the workers share the model's
# arrays and vocabularies copy-on-write instead of each loading its own (backend/forking.py).
preload_app = os.environ.get("GUNICORN_PRELOAD", "1") != "0"
accesslog = None  # the app logs what matters, with request ids
errorlog = "-"

# Prometheus multiprocess mode: every worker writes its samples here, /metrics adds them up.
# Set before any worker imports prometheus_client.
if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="rfh-prometheus-")


def _refuse(message: str) -> None:
    sys.stderr.write(f"Refusing to start: {message}\n")
    sys.exit(1)


def on_starting(server: Any) -> None:
    """Refuse unsafe binds: /demo beyond loopback, or any non-loopback bind without a secret."""
    from backend.loopback import all_loopback, demo_enabled_in

    addresses = [str(a) for a in server.cfg.bind]
    loopback_only = all_loopback(addresses)
    if demo_enabled_in(os.environ) and not loopback_only:
        # /demo mints valid tokens for whoever reaches it: it must never face a network.
        _refuse(
            f"DEMO_ENABLED is on and the bind {addresses} is not loopback-only. The demo mints "
            "tokens for anyone who reaches it: unset DEMO_ENABLED (always, in production), or "
            "bind 127.0.0.1 for local use."
        )
    if not os.environ.get("ZAF_SHARED_SECRET") and not loopback_only:
        _refuse(
            f"ZAF_SHARED_SECRET is not set and the bind {addresses} is not loopback-only. "
            "Set ZAF_SHARED_SECRET to the Zendesk app's shared secret."
        )


def child_exit(server: Any, worker: Any) -> None:
    """Drop a dead worker's live gauges from the multiprocess metrics."""
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)


def when_ready(server: Any) -> None:
    """With preload_app: load the live model in the master before the first fork."""
    if server.cfg.preload_app:
        from backend.forking import before_fork

        before_fork(server.app.wsgi())


def post_fork(server: Any, worker: Any) -> None:
    """In each new worker: drop the pooled connections inherited from the master."""
    if server.cfg.preload_app:
        from backend.forking import after_fork

        after_fork(server.app.wsgi())
