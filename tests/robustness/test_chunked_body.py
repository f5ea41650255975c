"""Chunked bodies (no Content-Length) through real gunicorn: over MAX_CONTENT_LENGTH is a 413.

Werkzeug stops reading such a body at the limit without a word, so before the guard a body
past the limit reached the views cut short: a 400, or a 200 on the first part of the body.
"""

from __future__ import annotations

import http.client
import json
import socket
from collections.abc import Iterator
from urllib.parse import urlsplit

LIMIT = 64 * 1024  # a small limit keeps the bodies small; the default works the same way
TICKET = b'{"ticket": {"subject": "Search is slow", "description": "Queries take 30 s."}}'


def _chunks(body: bytes, size: int = 8192) -> Iterator[bytes]:
    for start in range(0, len(body), size):
        yield body[start:start + size]


def post_chunked(url: str, path: str, body: bytes, headers: dict[str, str]
                 ) -> tuple[int, dict[str, str], bytes]:
    """POST body with Transfer-Encoding: chunked (http.client sends no Content-Length)."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        conn.request("POST", path, body=_chunks(body), headers=headers, encode_chunked=True)
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def test_a_chunked_body_over_the_limit_is_413_and_one_under_it_is_served(
    database_url, start_service
):
    service = start_service(database_url, env={"MAX_CONTENT_LENGTH": str(LIMIT)})
    headers = service.headers()

    # Valid JSON when cut at the limit: the old behaviour answered 200 on the first part.
    too_long = TICKET + b" " * LIMIT
    status, got, body = post_chunked(service.url, "/api/v1/suggestions", too_long, headers)
    assert status == 413, body[:300]
    error = json.loads(body)["error"]
    assert error["code"] == "payload_too_large" and error["message"]
    assert got.get("X-Content-Type-Options") == "nosniff"

    fits = TICKET + b" " * (LIMIT - len(TICKET))
    status, _, body = post_chunked(service.url, "/api/v1/suggestions", fits, headers)
    assert status == 200, body[:300]
    assert json.loads(body)["team"]["key"]

    # Cut short, the body is no longer JSON: that was a 400 before, now the size is named.
    status, _, body = post_chunked(service.url, "/api/v1/suggestions", b'{"ticket": {'
                                   + b'"description": "' + b"x" * LIMIT + b'"}}', headers)
    assert status == 413, body[:300]


def _raw(url: str, request: bytes) -> bytes:
    """Send request bytes as they are and read the whole answer (the server closes)."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as sock:
        sock.sendall(request)
        sock.shutdown(socket.SHUT_WR)  # a body cut short: nothing more will come
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    return answer


def test_malformed_or_cut_chunked_bodies_are_400_in_the_json_shape(database_url, start_service):
    service = start_service(database_url)
    head = (b"POST /api/v1/suggestions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + b"".join(f"{k}: {v}\r\n".encode() for k, v in service.headers().items()
                       if k.lower() != "content-type")
            + b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
    framed = b"%x\r\n" % len(TICKET) + TICKET
    for label, body in [("a chunk size that is no number", b"zz\r\n"),
                        ("no CRLF after a chunk", framed + b"XX0\r\n\r\n"),
                        ("no last chunk", framed + b"\r\n"),
                        ("a chunk cut short", b"%x\r\n" % (len(TICKET) + 50) + TICKET)]:
        answer = _raw(service.url, head + body)
        status_line, _, rest = answer.partition(b"\r\n")
        assert b" 400 " in status_line, (label, answer[:300])
        error = json.loads(rest.partition(b"\r\n\r\n")[2])["error"]
        assert error["code"] == "bad_request" and "chunked" in error["message"], label
    assert "unhandled" not in service.log_tail().lower()
