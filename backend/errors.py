"""The one JSON error shape, `{"error": {"code", "message", "details"}}`, for every failure."""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, Response, jsonify
from pydantic import ValidationError
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from werkzeug.exceptions import HTTPException

from backend.db import schema_missing

log = logging.getLogger(__name__)


class APIError(Exception):
    """An error a client is meant to see, with a stable code and a plain-words message."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: Any = None,
        *,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.retry_after = retry_after


def error_response(
    status: int, code: str, message: str, details: Any = None, retry_after: float | None = None
) -> Response:
    """Build the JSON error response every handler returns."""
    response = jsonify({"error": {"code": code, "message": message, "details": details}})
    response.status_code = status
    if retry_after is not None:
        response.headers["Retry-After"] = str(max(1, int(round(retry_after))))
    return response


def validation_details(exc: ValidationError) -> list[dict[str, Any]]:
    """Pydantic errors as field paths and messages, without echoing the (maybe huge) input."""
    return [
        {"loc": [str(p) for p in err["loc"]], "message": err["msg"], "type": err["type"]}
        for err in exc.errors(include_url=False, include_input=False)
    ]


_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "rate_limited",
}


def register_error_handlers(app: Flask) -> None:
    """Route every exception to the JSON error shape; log 500s with their traceback."""

    @app.errorhandler(APIError)
    def _api_error(exc: APIError) -> Response:
        return error_response(exc.status, exc.code, exc.message, exc.details, exc.retry_after)

    @app.errorhandler(ValidationError)
    def _validation(exc: ValidationError) -> Response:
        return error_response(
            422, "validation_error", "The request body is not valid.", validation_details(exc)
        )

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException) -> Response:
        status = exc.code or 500
        message = exc.description or exc.name
        limit = app.config.get("MAX_CONTENT_LENGTH")
        if status == 413 and limit:
            # Werkzeug's own words name no size: say the limit, so a client knows what to cut.
            message = (f"The request body is larger than this service accepts "
                       f"({limit:,} bytes); send less text.")
        response = error_response(status, _HTTP_CODES.get(status, "http_error"), message,
                                  {"limit_bytes": limit} if status == 413 and limit else None)
        if status == 405 and exc.response is None:
            allowed = getattr(exc, "valid_methods", None)
            if allowed:
                response.headers["Allow"] = ", ".join(allowed)
        return response

    def _not_migrated() -> Response:
        # Reachable, but without tables: waiting will not help, the release step will.
        log.error("the database has no tables yet: run `rfh db upgrade` (the Procfile's release)")
        return error_response(
            503,
            "database_not_migrated",
            "The database has no tables yet; an operator runs `rfh db upgrade`.",
            retry_after=30,
        )

    @app.errorhandler(OperationalError)
    @app.errorhandler(PoolTimeoutError)
    def _database_down(exc: Exception) -> Response:
        if isinstance(exc, DBAPIError) and schema_missing(exc):
            return _not_migrated()
        log.warning("database unavailable: %s", type(exc).__name__)
        return error_response(
            503,
            "database_unavailable",
            "The database is unavailable; try again shortly.",
            retry_after=5,
        )

    @app.errorhandler(DBAPIError)
    def _database_error(exc: DBAPIError) -> Response:
        if exc.connection_invalidated:
            return _database_down(exc)
        if schema_missing(exc):
            return _not_migrated()
        log.exception("database error")
        return error_response(500, "internal_error", "Something went wrong on our side.")

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception) -> Response:
        log.exception("unhandled error")
        return error_response(500, "internal_error", "Something went wrong on our side.")
