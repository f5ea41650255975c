"""Structured logs: JSON lines in production, readable lines in a terminal, a request id on each."""

from __future__ import annotations

import logging
import sys
import uuid

from flask import Flask, g, has_request_context, request
from flask.typing import ResponseReturnValue
from pythonjsonlogger.json import JsonFormatter

from backend.settings import hide_url_credentials

# Client libraries that log request and response bodies (ticket text, requester e-mails) at
# DEBUG: they stay at WARNING whatever LOG_LEVEL says. Their warnings (retries, pool resets)
# name hosts and paths, never bodies.
QUIET_LIBRARIES = ("zenpy", "urllib3", "requests", "github", "slack_sdk", "httpx", "httpcore")

_TEXT_FORMAT = "%(asctime)s %(levelname)-7s [%(request_id)s] %(name)s: %(message)s"
_JSON_FIELDS = "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s"


class RequestIdFilter(logging.Filter):
    """Stamp every record with the current request's id ('-' outside a request)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Add request_id to the record; never drops it."""
        record.request_id = g.get("request_id", "-") if has_request_context() else "-"
        return True


class HideUrlCredentialsFilter(logging.Filter):
    """Mask credentials inside URLs (DATABASE_URL, REDIS_URL...) in messages and tracebacks."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record's message and exception text; never drops it."""
        message = record.getMessage()
        masked = hide_url_credentials(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            masked = hide_url_credentials(record.exc_text)
            if masked != record.exc_text:
                # Formatters (the JSON one included) print exc_text when exc_info is gone.
                record.exc_text, record.exc_info = masked, None
        return True


def configure_logging(log_format: str = "auto", level: str = "INFO") -> None:
    """Install one handler on the root logger (idempotent)."""
    if log_format == "auto":
        log_format = "text" if sys.stderr.isatty() else "json"
    handler = logging.StreamHandler(sys.stderr)
    if log_format == "json":
        handler.setFormatter(JsonFormatter(_JSON_FIELDS, rename_fields={"levelname": "level"}))
    else:
        handler.setFormatter(logging.Formatter(_TEXT_FORMAT))
    handler.addFilter(RequestIdFilter())
    handler.addFilter(HideUrlCredentialsFilter())
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_rfh", False)]:
        root.removeHandler(old)
    handler._rfh = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level.upper())
    # Alembic announces each of its plugins at INFO on every command; that is noise.
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    for name in QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(logging.WARNING)


def register_request_id(app: Flask) -> None:
    """Take X-Request-ID from the caller (or make one) and echo it on the response."""

    @app.before_request
    def _assign() -> None:
        incoming = request.headers.get("X-Request-ID", "")
        g.request_id = incoming[:64] if incoming.isprintable() and incoming else uuid.uuid4().hex

    @app.after_request
    def _echo(response: ResponseReturnValue) -> ResponseReturnValue:
        response.headers["X-Request-ID"] = g.get("request_id", "")  # type: ignore[union-attr]
        return response
