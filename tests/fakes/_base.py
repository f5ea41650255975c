"""Shared machinery of the fake HTTP servers: threads, request log, queued fault injection.

A fake runs a ThreadingHTTPServer on 127.0.0.1 with an ephemeral port inside the test process.
Subclasses implement ``route(req) -> Reply`` against their in-memory state; everything else
(recording, counting, faults, start/stop) lives here so both fakes behave the same way.
"""

from __future__ import annotations

import fnmatch
import json
import re
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

JSON = dict[str, Any]


@dataclass
class Reply:
    """One HTTP answer: status, JSON-able or raw body, extra headers."""

    status: int
    body: Any = None  # dict/list -> JSON, str -> text/html, bytes -> raw, None -> empty
    headers: dict[str, str] = field(default_factory=dict)

    def encode(self) -> tuple[bytes, str]:
        """Return (payload, content type)."""
        if self.body is None:
            return b"", "application/json; charset=utf-8"
        if isinstance(self.body, bytes):
            return self.body, "application/octet-stream"
        if isinstance(self.body, str):
            return self.body.encode(), "text/html; charset=utf-8"
        return json.dumps(self.body).encode(), "application/json; charset=utf-8"


@dataclass
class RecordedRequest:
    """A request as the fake received it (kept in ``fake.requests``)."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-cased names
    body: bytes
    received_at: float
    status: int | None = None  # None: no answer was sent (dropped connection)
    fault: str | None = None  # description of the injected fault that handled it, if any

    @property
    def json(self) -> Any:
        """The body parsed as JSON (None when empty or not JSON)."""
        if not self.body:
            return None
        try:
            return json.loads(self.body)
        except ValueError:
            return None

    def param(self, name: str, default: str | None = None) -> str | None:
        """First value of a query parameter."""
        values = self.query.get(name)
        return values[0] if values else default


@dataclass
class Fault:
    """A queued misbehaviour for requests matching ``method`` and the glob ``pattern``.

    Applied in this order: wait ``delay`` seconds; if ``drop == "before"`` close the connection
    without processing; if ``status`` answer with it (without processing); otherwise process the
    request normally and, if ``drop == "after"``, close the connection without answering.
    ``times`` is how many matching requests it handles (None: until cleared).
    """

    method: str
    pattern: str
    status: int | None = None
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: str | None = None  # None | "before" | "after"
    times: int | None = 1
    label: str = ""
    hits: int = 0

    def matches(self, method: str, path: str) -> bool:
        """True if this fault applies to the request."""
        return (self.method == "*" or self.method == method) and fnmatch.fnmatchcase(
            path, self.pattern
        )

    def describe(self) -> str:
        """Short text for the request log."""
        return self.label or f"{self.method} {self.pattern} status={self.status} drop={self.drop}"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like the real services
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        return  # keep pytest output clean; the fake keeps its own request log

    def setup(self) -> None:
        super().setup()
        with self.server.fake.lock:
            self.server.fake._connections.add(self.connection)

    def finish(self) -> None:
        with self.server.fake.lock:
            self.server.fake._connections.discard(self.connection)
        try:
            super().finish()
        except OSError:
            pass

    def _dispatch(self) -> None:
        self.server.fake._handle(self)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _dispatch


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    fake: FakeServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        return  # clients that time out and hang up are expected in these tests


class FakeServer:
    """Base class of the fakes: lifecycle, request log, counters, fault queue."""

    name = "fake"

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self._host = host
        self._port = port
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self.lock = threading.RLock()
        self.requests: list[RecordedRequest] = []
        self.calls: Counter[str] = Counter()  # "METHOD /path" -> number received
        self._faults: list[Fault] = []
        self._connections: set[socket.socket] = set()

    # ----------------------------------------------------------------- lifecycle
    def start(self) -> Self:
        """Bind the ephemeral port and serve in a daemon thread; returns self."""
        if self._server is not None:
            return self
        self._stopping.clear()
        server = _Server((self._host, self._port), _Handler)
        server.fake = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True,
            name=f"{self.name}-{server.server_address[1]}",
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket (delayed handlers are woken up)."""
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        with self.lock:
            # keep-alive connections outlive shutdown(); close them so clients see a dead server
            for conn in list(self._connections):
                try:
                    conn.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
            self._connections.clear()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None
        self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        """The bound port (after start())."""
        if self._server is None:
            raise RuntimeError(f"{self.name} is not started")
        return int(self._server.server_address[1])

    @property
    def netloc(self) -> str:
        """host:port of the running server."""
        return f"{self._host}:{self.port}"

    @property
    def url(self) -> str:
        """Base URL, e.g. http://127.0.0.1:54321."""
        return f"http://{self.netloc}"

    # ---------------------------------------------------------------- inspection
    def reset(self) -> None:
        """Forget the request log, counters and queued faults (subclasses also reset state)."""
        with self.lock:
            self.requests.clear()
            self.calls.clear()
            self._faults.clear()

    def count(self, method: str = "*", pattern: str = "*") -> int:
        """How many requests matched method (or "*") and the path glob."""
        with self.lock:
            return sum(
                1
                for r in self.requests
                if (method == "*" or r.method == method) and fnmatch.fnmatchcase(r.path, pattern)
            )

    def requests_to(self, method: str = "*", pattern: str = "*") -> list[RecordedRequest]:
        """The recorded requests matching method and path glob, oldest first."""
        with self.lock:
            return [
                r
                for r in self.requests
                if (method == "*" or r.method == method) and fnmatch.fnmatchcase(r.path, pattern)
            ]

    # ------------------------------------------------------------ fault queueing
    def inject(
        self,
        method: str,
        pattern: str,
        *,
        status: int | None = None,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        delay: float = 0.0,
        drop: str | None = None,
        times: int | None = 1,
        label: str = "",
    ) -> Fault:
        """Queue a fault (see Fault) for requests matching method ("*" for any) and path glob."""
        if drop not in (None, "before", "after"):
            raise ValueError("drop must be None, 'before' or 'after'")
        fault = Fault(
            method=method.upper(), pattern=pattern, status=status, body=body,
            headers=dict(headers or {}), delay=delay, drop=drop, times=times, label=label,
        )
        with self.lock:
            self._faults.append(fault)
        return fault

    def fail(
        self, method: str, pattern: str, status: int = 500, body: Any = None, *,
        headers: Mapping[str, str] | None = None, times: int | None = 1,
    ) -> Fault:
        """Answer matching requests with ``status`` (and ``body``) without processing them."""
        if body is None:
            body = self.error_body(status)
        return self.inject(
            method, pattern, status=status, body=body, headers=headers, times=times,
            label=f"fail {status}",
        )

    def delay(
        self, method: str, pattern: str, seconds: float, *, times: int | None = 1
    ) -> Fault:
        """Wait ``seconds`` before processing matching requests normally."""
        return self.inject(method, pattern, delay=seconds, times=times, label=f"delay {seconds}s")

    def drop_connection(
        self, method: str, pattern: str, *, after_processing: bool = True,
        times: int | None = 1,
    ) -> Fault:
        """Close the connection without answering, after (default) or before doing the work."""
        drop = "after" if after_processing else "before"
        return self.inject(method, pattern, drop=drop, times=times, label=f"drop {drop}")

    def clear_faults(self) -> None:
        """Remove every queued fault."""
        with self.lock:
            self._faults.clear()

    @property
    def pending_faults(self) -> list[Fault]:
        """Faults not yet used up."""
        with self.lock:
            return list(self._faults)

    def error_body(self, status: int) -> Any:
        """Default body of an injected error status (subclasses speak their API's dialect)."""
        return {"message": f"injected {status}"}

    def _take_fault(self, method: str, path: str) -> Fault | None:
        with self.lock:
            for fault in self._faults:
                if fault.matches(method, path):
                    fault.hits += 1
                    if fault.times is not None and fault.hits >= fault.times:
                        self._faults.remove(fault)
                    return fault
        return None

    # ------------------------------------------------------------------ serving
    # (method, path pattern, handler method name); a handler takes (req, caller, **path groups).
    _ROUTES: list[tuple[str, re.Pattern[str], str]] = []

    def route(self, req: RecordedRequest) -> Reply:  # pragma: no cover - abstract
        """Process one request against the in-memory state."""
        raise NotImplementedError

    def dispatch(self, req: RecordedRequest, path: str, caller: Any) -> Reply | None:
        """Call the handler _ROUTES names for this method and path (None: no such endpoint)."""
        for method, pattern, handler in self._ROUTES:
            match = pattern.fullmatch(path)
            if match and method == req.method:
                reply: Reply = getattr(self, handler)(req, caller, **match.groupdict())
                return reply
        return None

    def fault_reply(self, fault: Fault, req: RecordedRequest) -> Reply:
        """Build the answer for an injected status (subclasses add their headers)."""
        return Reply(fault.status or 500, fault.body, dict(fault.headers))

    def finish_reply(self, reply: Reply, req: RecordedRequest) -> Reply:
        """Hook to add headers every answer carries (rate limit headers, request ids)."""
        return reply

    def now(self) -> float:
        """Wall clock used by the fake (overridable in tests)."""
        return time.time()

    def _handle(self, handler: _Handler) -> None:
        split = urlsplit(handler.path)
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        req = RecordedRequest(
            method=handler.command,
            path=split.path,
            query=parse_qs(split.query, keep_blank_values=True),
            headers={k.lower(): v for k, v in handler.headers.items()},
            body=body,
            received_at=time.time(),
        )
        with self.lock:
            self.requests.append(req)
            self.calls[f"{req.method} {req.path}"] += 1
        fault = self._take_fault(req.method, req.path)
        if fault is not None:
            req.fault = fault.describe()
            if fault.delay and self._stopping.wait(fault.delay):
                self._drop(handler)
                return
            if fault.drop == "before":
                self._drop(handler)
                return
            if fault.status is not None:
                self._send(handler, req, self.finish_reply(self.fault_reply(fault, req), req))
                return
        try:
            reply = self.route(req)
        except Exception as exc:  # a bug in the fake must show up as a 500, not a hang
            reply = Reply(500, {"message": f"fake crashed: {exc!r}"})
        reply = self.finish_reply(reply, req)
        if fault is not None and fault.drop == "after":
            self._drop(handler)
            return
        self._send(handler, req, reply)

    def _send(self, handler: _Handler, req: RecordedRequest, reply: Reply) -> None:
        payload, content_type = reply.encode()
        req.status = reply.status
        try:
            handler.send_response(reply.status)
            headers = {"Content-Type": content_type, **reply.headers}
            for name, value in headers.items():
                handler.send_header(name, value)
            handler.send_header("Content-Length", str(len(payload)))
            handler.end_headers()
            if req.method != "HEAD":
                handler.wfile.write(payload)
            handler.wfile.flush()
        except OSError:
            handler.close_connection = True  # the client gave up (timeout); nothing to do

    @staticmethod
    def _drop(handler: _Handler) -> None:
        handler.close_connection = True
        try:
            # RST rather than FIN so the client fails at once instead of waiting for bytes.
            handler.connection.setsockopt(
                socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
            )
        except OSError:
            pass

