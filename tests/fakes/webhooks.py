"""Outgoing webhook deliveries of the fakes, as the real services send them (signed, async).

GitHub and Zendesk deliver webhooks after the change that caused them, from their own queue,
and let an admin redeliver a past delivery (same body, same delivery id). The fakes queue a
Delivery when something happens; ``send_pending()`` sends the queue (outside the fake's lock,
since the receiver usually calls the fake back), ``redeliver(id)`` sends one again.

A hook's target is a URL (a real HTTP POST) or a callable taking the Delivery (for a Flask test
client); either returns the HTTP status, which is recorded on the delivery.
"""

from __future__ import annotations

import itertools
import threading
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Target = str | Callable[["Delivery"], int]


@dataclass
class Delivery:
    """One webhook request: what was sent where, and what the receiver answered."""

    id: str
    hook: int
    event: str
    body: bytes
    headers: dict[str, str]
    statuses: list[int] = field(default_factory=list)


@dataclass
class Hook:
    """A registered webhook."""

    id: int
    target: Target
    secret: str
    events: frozenset[str]


class WebhookSender:
    """Hooks, the queue of deliveries not sent yet, and every delivery made."""

    def __init__(self, sign: Callable[[Hook, bytes], dict[str, str]]) -> None:
        self._sign = sign
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self.hooks: list[Hook] = []
        self.pending: list[Delivery] = []
        self.deliveries: dict[str, Delivery] = {}

    def add(self, target: Target, secret: str, events: tuple[str, ...]) -> Hook:
        """Register a hook for these events."""
        with self._lock:
            hook = Hook(next(self._ids), target, secret, frozenset(events))
            self.hooks.append(hook)
            return hook

    def queue(self, event: str, body: bytes, headers: dict[str, str],
              delivery_id: Callable[[], str]) -> list[Delivery]:
        """Queue one delivery per hook that wants the event (signed for that hook)."""
        made = []
        with self._lock:
            for hook in self.hooks:
                if event not in hook.events:
                    continue
                signed = {**headers, **self._sign(hook, body)}
                delivery = Delivery(delivery_id(), hook.id, event, body, signed)
                self.pending.append(delivery)
                self.deliveries[delivery.id] = delivery
                made.append(delivery)
        return made

    def send_pending(self) -> list[Delivery]:
        """Send the queued deliveries, oldest first; returns them with their answers."""
        with self._lock:
            batch, self.pending = self.pending, []
        for delivery in batch:
            self._send(delivery)
        return batch

    def redeliver(self, delivery_id: str) -> int:
        """Send a past delivery again, byte for byte (GitHub's "Redeliver"); its status."""
        return self._send(self.deliveries[delivery_id])

    def _send(self, delivery: Delivery) -> int:
        hook = next(h for h in self.hooks if h.id == delivery.hook)
        if callable(hook.target):
            status = int(hook.target(delivery))
        else:
            request = urllib.request.Request(hook.target, data=delivery.body,
                                             headers=delivery.headers, method="POST")
            try:
                with urllib.request.urlopen(request, timeout=10) as answer:  # noqa: S310
                    status = int(answer.status)
            except urllib.error.HTTPError as exc:
                status = int(exc.code)
            except OSError:
                status = 0  # the receiver could not be reached: the delivery failed
        delivery.statuses.append(status)
        return status


def json_headers(extra: dict[str, Any]) -> dict[str, str]:
    """Content-Type JSON plus the given headers, as strings."""
    return {"Content-Type": "application/json", **{k: str(v) for k, v in extra.items()}}
