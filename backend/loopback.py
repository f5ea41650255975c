"""What counts as loopback: gunicorn binds, Host headers and peer addresses (the demo's guard)."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Iterable, Mapping

from pydantic import TypeAdapter, ValidationError

# The Host names the demo answers to (with any port); 127.0.0.2 and friends are not listed
# because no browser on this machine would name them by accident.
LOOPBACK_HOST_NAMES = frozenset({"127.0.0.1", "::1", "localhost"})


def _strip_port(host: str) -> str:
    host = host.strip()
    if host.startswith("["):  # [::1]:5000
        return host[1:].split("]", 1)[0]
    if host.count(":") == 1:  # 127.0.0.1:5000, localhost:5000
        return host.split(":", 1)[0]
    return host  # no port, or a bare IPv6 address


def is_loopback_host(host_header: str | None) -> bool:
    """True when a Host header names 127.0.0.1, ::1 or localhost (any port)."""
    return bool(host_header) and _strip_port(host_header or "").lower() in LOOPBACK_HOST_NAMES


def is_loopback_address(address: str | None) -> bool:
    """True when a peer IP address is a loopback address (127.0.0.0/8, ::1)."""
    try:
        return ipaddress.ip_address((address or "").strip("[]")).is_loopback
    except ValueError:
        return False


def is_loopback_bind(address: str) -> bool:
    """True when a gunicorn bind ('HOST:PORT', '[::1]:PORT') listens on loopback only."""
    if address.startswith(("unix:", "fd://")):
        return False  # a proxy may well forward the world to a socket: not ours to judge
    host = _strip_port(address)
    return host.lower() == "localhost" or is_loopback_address(host)


def all_loopback(binds: Iterable[str]) -> bool:
    """True when every bind is loopback (and there is at least one)."""
    binds = list(binds)
    return bool(binds) and all(is_loopback_bind(b) for b in binds)


def demo_enabled_in(environ: Mapping[str, str] = os.environ) -> bool:
    """Whether DEMO_ENABLED (any case, as Settings reads it) turns the demo on."""
    for name, value in environ.items():
        if name.lower() == "demo_enabled":
            try:
                return TypeAdapter(bool).validate_python(value.strip())
            except ValidationError:
                return True  # a value Settings would refuse: assume the worst here
    return False
