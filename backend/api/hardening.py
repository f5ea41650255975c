"""HTTP guards every route shares: bounded path ids, bounded chunked bodies, security headers."""

from __future__ import annotations

import io
from typing import IO

from flask import Flask, Response, request
from gunicorn.http.errors import NoMoreData, ParseException
from werkzeug.exceptions import BadRequest, RequestEntityTooLarge
from werkzeug.routing import IntegerConverter

from backend.api.schemas import INT4_MAX

# The pages served here (/demo and the app's HTML under /demo/app/assets) load their scripts,
# styles, translations and API calls from this origin only (the demo swaps Zendesk's SDK for its
# stand-in); garden.css draws icons as data: URIs. Zendesk may frame them, nobody else.
PAGE_CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'self' https://*.zendesk.com",
])
_READ_SIZE = 64 * 1024


class RowIdConverter(IntegerConverter):
    """`<int:...>` path ids name our rows, INTEGER columns: a larger id matches nothing (404)."""

    def __init__(self, map: object, *args: object, **kwargs: object) -> None:  # noqa: A002
        kwargs.setdefault("max", INT4_MAX)
        super().__init__(map, *args, **kwargs)  # type: ignore[arg-type]


def _read_at_most(stream: IO[bytes], size: int) -> bytes:
    buffer = io.BytesIO()
    while buffer.tell() < size:
        chunk = stream.read(min(_READ_SIZE, size - buffer.tell()))
        if not chunk:
            break
        buffer.write(chunk)
    return buffer.getvalue()


def buffer_chunked_body() -> None:
    """Read a chunked body (no Content-Length) up to MAX_CONTENT_LENGTH; 413 when it is longer.

    Werkzeug stops reading such a body at the limit without an error, so a longer one reached the
    views cut short (a 400 or, worse, a 200 on half a body). Read here, it becomes an ordinary
    body with a Content-Length for the rest of the stack.
    """
    environ = request.environ
    limit = request.max_content_length
    chunked = "chunked" in environ.get("HTTP_TRANSFER_ENCODING", "").lower()
    # Only a server that ends the stream itself (gunicorn does) may be read without a length.
    if limit is None or not chunked or not environ.get("wsgi.input_terminated"):
        return
    try:
        data = _read_at_most(environ["wsgi.input"], limit + 1)
    except (ParseException, NoMoreData) as error:
        # Bad chunk framing or a body cut short: the client's fault, not an internal error.
        raise BadRequest("The chunked request body is malformed or ends too early.") from error
    if len(data) > limit:
        raise RequestEntityTooLarge()
    environ["wsgi.input"] = io.BytesIO(data)
    environ["CONTENT_LENGTH"] = str(len(data))
    del environ["HTTP_TRANSFER_ENCODING"]
    request.__dict__.pop("content_length", None)  # a cached_property read before this hook


def security_headers(response: Response) -> Response:
    """nosniff on every response; a Content-Security-Policy on the HTML pages."""
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    if response.mimetype == "text/html":
        response.headers.setdefault("Content-Security-Policy", PAGE_CSP)
    return response


def init_app(app: Flask) -> None:
    """Install the guards (before the blueprints, so their rules use the bounded converter)."""
    app.url_map.converters["int"] = RowIdConverter
    app.before_request(buffer_chunked_body)
    app.after_request(security_headers)
