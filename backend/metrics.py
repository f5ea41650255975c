"""Prometheus metrics, multiprocess-aware so every gunicorn worker counts (GET /metrics: api)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from flask import Flask, Response, g, request
from prometheus_client import Counter, Gauge, Histogram

_CONFIDENCE_BUCKETS = (0.5, 0.7, 0.9)
# Label values come from this fixed set only: a client choosing the method (FOO, random names)
# or the path must not be able to create new series, each of which costs memory for good.
KNOWN_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
OTHER_METHOD = "other"
UNMATCHED = "unmatched"

REQUESTS = Counter("rfh_http_requests_total", "HTTP requests", ["endpoint", "method", "status"])
LATENCY = Histogram(
    "rfh_http_request_duration_seconds", "HTTP request latency", ["endpoint", "method"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
SUGGESTIONS = Counter("rfh_suggestions_total", "Suggestions served", ["team", "confidence"])
ESCALATIONS = Counter("rfh_escalations_total", "Escalations by outcome", ["kind", "outcome"])
EXTERNAL_LATENCY = Histogram(
    "rfh_external_call_duration_seconds", "GitHub and Zendesk call latency",
    ["service", "operation"],
)
EXTERNAL_ERRORS = Counter(
    "rfh_external_call_errors_total", "GitHub and Zendesk call errors",
    ["service", "operation", "code"],
)
FEEDBACK = Counter("rfh_feedback_total", "Feedback recorded", ["kind"])
# "livemostrecent": the value set last by a running process wins, so a rollback to an older
# version and a retrain that empties the backlog show at once (a "max" would keep the old high).
LIVE_MODEL = Gauge(
    "rfh_live_model_version", "Live model version served", multiprocess_mode="livemostrecent"
)
FEEDBACK_SINCE_RETRAIN = Gauge(
    "rfh_feedback_since_retrain", "Feedback rows no trained version has seen yet",
    multiprocess_mode="livemostrecent",
)


def method_label(method: str) -> str:
    """The request method as a label: one of the standard methods, else "other"."""
    return method if method in KNOWN_METHODS else OTHER_METHOD


def confidence_bucket(confidence: float) -> str:
    """A coarse label for a confidence value (keeps label cardinality small)."""
    for edge in _CONFIDENCE_BUCKETS:
        if confidence < edge:
            return f"<{edge}"
    return f">={_CONFIDENCE_BUCKETS[-1]}"


class Metrics:
    """Request instrumentation plus helpers the rest of the code calls."""

    def init_app(self, app: Flask) -> None:
        """Time and count every request."""
        app.extensions["metrics"] = self

        @app.before_request
        def _start() -> None:
            g.metrics_start = time.perf_counter()

        @app.after_request
        def _observe(response: Response) -> Response:
            endpoint = request.url_rule.rule if request.url_rule is not None else UNMATCHED
            method = method_label(request.method)
            started = g.get("metrics_start")
            if started is not None:
                LATENCY.labels(endpoint, method).observe(time.perf_counter() - started)
            REQUESTS.labels(endpoint, method, str(response.status_code)).inc()
            return response

    def suggestion_served(self, team: str, confidence: float) -> None:
        """Count one suggestion."""
        SUGGESTIONS.labels(team, confidence_bucket(confidence)).inc()

    def escalation(self, kind: str, outcome: str) -> None:
        """Count one escalation outcome (created, existing, preview, failed, linked)."""
        ESCALATIONS.labels(kind, outcome).inc()

    def feedback(self, kind: str) -> None:
        """Count one feedback row (confirmation or override)."""
        FEEDBACK.labels(kind).inc()

    def live_model(self, version: int | None) -> None:
        """Publish the live model version."""
        if version is not None:
            LIVE_MODEL.set(version)

    def feedback_since_retrain(self, count: int) -> None:
        """Publish how much feedback the live model has not seen."""
        FEEDBACK_SINCE_RETRAIN.set(count)

    @contextmanager
    def external_call(self, service: str, operation: str) -> Iterator[None]:
        """Time a GitHub/Zendesk call and count its failures by error code."""
        started = time.perf_counter()
        try:
            yield
        except Exception as exc:
            code = str(getattr(exc, "code", None) or type(exc).__name__)
            EXTERNAL_ERRORS.labels(service, operation, code).inc()
            raise
        finally:
            EXTERNAL_LATENCY.labels(service, operation).observe(time.perf_counter() - started)


metrics = Metrics()
