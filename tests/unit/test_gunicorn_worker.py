"""The worker's JSON errors keep the status gunicorn's own classification chose (no server run)."""

from __future__ import annotations

import json
import logging

import pytest
from gunicorn.config import Config
from gunicorn.http.errors import InvalidRequestLine, LimitRequestHeaders, LimitRequestLine

from backend.gunicorn_worker import JsonErrorWorker


class Client:
    """A socket that keeps what is written to it."""

    def __init__(self) -> None:
        self.data = b""

    def gettimeout(self) -> float:
        return 0.0

    def setblocking(self, flag: bool) -> None:
        return None

    def sendall(self, data: bytes) -> None:
        self.data += data


@pytest.mark.parametrize(("exc", "status", "code"), [
    (LimitRequestLine(5000, 4094), 414, "uri_too_long"),
    (LimitRequestHeaders("too many"), 431, "headers_too_large"),
    (InvalidRequestLine("GARBAGE"), 400, "bad_request"),
])  # (a 500 is also what an empty capture falls back to, so it would prove nothing here)
def test_each_refusal_is_json_with_gunicorns_status(
    exc: BaseException, status: int, code: str
) -> None:
    worker = object.__new__(JsonErrorWorker)  # only handle_error is exercised
    worker.cfg = Config()
    worker.log = logging.getLogger("test.gunicorn")
    client = Client()

    worker.handle_error(None, client, ("192.0.2.1", 40000), exc)

    head, _, body = client.data.partition(b"\r\n\r\n")
    assert head.split(b"\r\n")[0].split(b" ")[1] == str(status).encode()
    assert b"Content-Type: application/json" in head
    assert json.loads(body)["error"]["code"] == code
