"""GET /metrics: the Prometheus metrics of every worker (admin token)."""

from __future__ import annotations

import logging
import os

from flask import Blueprint, Response
from flask.typing import ResponseReturnValue
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest, multiprocess
from sqlalchemy.exc import SQLAlchemyError

from backend.api.openapi import route
from backend.auth import require_admin
from backend.db import db
from backend.learning import registry
from backend.learning.feedback import count_after
from backend.metrics import metrics

log = logging.getLogger(__name__)

bp = Blueprint("metrics", __name__)


def refresh_model_gauges() -> None:
    """Read the live version and the unseen feedback from the database at scrape time.

    The web workers set these gauges when they swap models, but the trainer runs in another
    process; asking the registry here keeps the scrape right whoever changed it last.
    """
    try:
        # One snapshot: a retrain that moves both (new live version, feedback it was trained
        # with) is never scraped half done.
        with db.snapshot() as session:
            version = registry.live_version_id(session)
            seen = registry.last_feedback_seen(session)
            unseen = count_after(session, seen)  # those excluded from learning aside
    except SQLAlchemyError as exc:  # the scrape still answers the process metrics
        log.warning("metrics: model gauges not refreshed: %s", type(exc).__name__)
        return
    metrics.live_model(version)
    metrics.feedback_since_retrain(int(unseen or 0))


@route(bp, "/metrics", "GET", summary="Prometheus metrics of every worker (admin token).",
       auth="admin")
def metrics_endpoint() -> ResponseReturnValue:
    """Expose metrics; aggregates all gunicorn workers in multiprocess mode."""
    require_admin()
    refresh_model_gauges()
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        payload = generate_latest(registry)
    else:
        payload = generate_latest()
    return Response(payload, mimetype=CONTENT_TYPE_LATEST)
