"""Requests gunicorn itself refuses (before Flask sees them) are answered in the one JSON shape."""

from __future__ import annotations

import json
import socket
from urllib.parse import urlsplit


def raw_exchange(url: str, request: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send raw bytes, read the whole answer (gunicorn closes after an error)."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
    return int(lines[0].split()[1]), headers, body


REFUSED = {  # what gunicorn refuses before Flask sees it, and the status it answers
    "long-request-line": (b"GET /healthz?" + b"q" * 5000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
                          414, "uri_too_long"),
    "too-many-headers": (b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + b"".join(
        b"X-Filler-%d: y\r\n" % i for i in range(120)) + b"\r\n", 431, "headers_too_large"),
    "huge-header": (b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"z" * 9000
                    + b"\r\n\r\n", 431, "headers_too_large"),
    "garbage-request-line": (b"NOT A REQUEST LINE\r\n\r\n", 400, "bad_request"),
}


def test_what_gunicorn_refuses_is_answered_as_json(
    database_url: str, start_service: object
) -> None:
    service = start_service(database_url)  # type: ignore[operator]

    for name, (request_bytes, status, code) in REFUSED.items():
        got, headers, body = raw_exchange(service.url, request_bytes)

        assert got == status, (name, body[:300])
        assert headers["Content-Type"] == "application/json", name
        assert int(headers["Content-Length"]) == len(body), name
        error = json.loads(body)["error"]
        assert error["code"] == code and error["message"] and error["details"] is None, name

    status, _, body = raw_exchange(service.url, b"GET /healthz HTTP/1.1\r\nHost: x\r\n"
                                   b"Connection: close\r\n\r\n")
    assert status == 200, body[:300]  # and the workers still serve
