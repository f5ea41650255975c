"""gunicorn's sync worker, answering the errors gunicorn itself raises in the one JSON shape.

A request gunicorn cannot parse (a request line over its limit, too many or too large headers, a
broken request line or chunk) never reaches Flask: gunicorn answers it with an HTML page. The
sidebar and every other client read errors as `{"error": {"code", "message", "details"}}`, so
this worker lets gunicorn classify and log the failure as it always does, keeps the status it
chose, and sends the JSON shape instead of the page.
"""

from __future__ import annotations

import json
import re
from typing import Any

from gunicorn import util
from gunicorn.workers.sync import SyncWorker

_STATUS_LINE = re.compile(rb"^HTTP/1\.[01] (\d{3}) ([^\r\n]*)")
_CODES = {400: "bad_request", 403: "forbidden", 414: "uri_too_long",
          417: "expectation_failed", 431: "headers_too_large", 501: "not_implemented"}
_MESSAGES = {
    400: "The request could not be read as HTTP.",
    403: "The request is not allowed.",
    414: "The request line (method, path and query string) is too long.",
    417: "The server cannot meet the request's Expect header.",
    431: "The request's headers are too many or too large.",
    501: "The request uses a transfer coding the server does not support.",
    500: "The server failed while handling this request. It is logged; try again.",
}


class _Captured:
    """Stands in for the client socket while gunicorn writes its HTML error page."""

    def __init__(self) -> None:
        self.data = b""

    def gettimeout(self) -> float:
        return 0.0  # write_nonblock then writes without toggling blocking mode

    def setblocking(self, flag: bool) -> None:
        return None

    def sendall(self, data: bytes) -> None:
        self.data += data


def json_error(status: int, reason: str) -> bytes:
    """A complete HTTP response carrying the one JSON error shape for ``status``."""
    body = json.dumps({"error": {"code": _CODES.get(status, "internal_error"),
                                 "message": _MESSAGES.get(status, _MESSAGES[500]),
                                 "details": None}}).encode()
    head = (f"HTTP/1.1 {status} {reason}\r\nConnection: close\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n")
    return head.encode("latin-1") + body


class JsonErrorWorker(SyncWorker):
    """The sync worker whose own error answers are JSON, with gunicorn's status and logging."""

    def handle_error(self, req: Any, client: Any, addr: Any, exc: BaseException) -> None:
        """Classify and log as gunicorn does, then answer in JSON with the status it chose."""
        captured = _Captured()
        super().handle_error(req, captured, addr, exc)
        match = _STATUS_LINE.match(captured.data)
        status, reason = (int(match.group(1)), match.group(2).decode("latin-1")) if match \
            else (500, "Internal Server Error")
        try:
            util.write_nonblock(client, json_error(status, reason))
        except Exception:  # the client is gone: nothing to answer
            self.log.debug("Failed to send error message.")
