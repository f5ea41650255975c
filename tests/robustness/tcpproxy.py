"""A TCP forwarder in front of PostgreSQL that plays a restart: cut, refuse, recover."""

from __future__ import annotations

import selectors
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class TcpProxy:
    """Forward 127.0.0.1:<port> to an upstream address; ``outage()`` simulates a restart."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._lock = threading.Lock()
        self._pairs: set[tuple[socket.socket, socket.socket]] = set()
        self._down = threading.Event()
        self._closed = threading.Event()
        self.refused = 0
        self._thread = threading.Thread(target=self._accept_loop, daemon=True, name="tcpproxy")

    @property
    def port(self) -> int:
        """The port clients connect to."""
        return int(self._listener.getsockname()[1])

    def start(self) -> TcpProxy:
        """Accept connections in a daemon thread."""
        self._thread.start()
        return self

    def close(self) -> None:
        """Stop accepting and cut every connection."""
        self._closed.set()
        self._listener.close()
        self._cut_all()

    @contextmanager
    def outage(self) -> Iterator[None]:
        """While inside: every open connection is cut and new ones are closed at once."""
        self._down.set()
        self._cut_all()
        try:
            yield
        finally:
            self._down.clear()

    def _cut_all(self) -> None:
        with self._lock:
            pairs, self._pairs = self._pairs, set()
        for pair in pairs:
            for sock in pair:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def _accept_loop(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self._down.is_set():
                # like a server that is not accepting connections yet
                self.refused += 1
                client.close()
                continue
            try:
                upstream = socket.create_connection(self.upstream, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self._lock:
                self._pairs.add((client, upstream))
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()

    def _pump(self, client: socket.socket, upstream: socket.socket) -> None:
        peer = {client: upstream, upstream: client}
        with selectors.DefaultSelector() as sel:
            sel.register(client, selectors.EVENT_READ)
            sel.register(upstream, selectors.EVENT_READ)
            try:
                while True:
                    for key, _ in sel.select():
                        src = key.fileobj
                        assert isinstance(src, socket.socket)
                        data = src.recv(65536)
                        if not data:
                            return
                        peer[src].sendall(data)
            except OSError:
                return
            finally:
                with self._lock:
                    self._pairs.discard((client, upstream))
                client.close()
                upstream.close()
