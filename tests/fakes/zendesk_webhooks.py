"""The Zendesk fake's webhooks: a "ticket solved" trigger calling a signed webhook.

Zendesk signs each request with the webhook's signing secret (developer.zendesk.com, "Verifying
webhook authenticity"): X-Zendesk-Webhook-Signature = base64(HMAC-SHA256(secret, timestamp +
body)) and X-Zendesk-Webhook-Signature-Timestamp = the ISO 8601 time of signing; plus
X-Zendesk-Webhook-Id and X-Zendesk-Webhook-Invocation-Id. The trigger of docs/install.md fires
when a ticket's status changes to solved (through the API or ``solve()``) and sends the JSON
body it configures: {"ticket_id": <id>, "status": "solved"}. Deliveries are queued and sent by
``send_deliveries()``; a redelivery (Zendesk retries) is signed again with a new timestamp.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import uuid
from datetime import UTC, datetime
from typing import Any

from tests.fakes.webhooks import Delivery, Hook, Target, WebhookSender, json_headers

EVENT = "ticket.solved"


def signature(secret: str, timestamp: str, body: bytes) -> str:
    """Zendesk's webhook signature of a body at a timestamp."""
    digest = hmac.new(secret.encode(), timestamp.encode() + body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def _sign(hook: Hook, body: bytes) -> dict[str, str]:
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {"X-Zendesk-Webhook-Signature": signature(hook.secret, stamp, body),
            "X-Zendesk-Webhook-Signature-Timestamp": stamp,
            "X-Zendesk-Webhook-Id": f"01H{hook.id:023d}"}


class ZendeskWebhooksMixin:
    """Webhooks for ZendeskFake (which provides the tickets and the lock)."""

    lock: Any
    tickets: dict[int, Any]

    def _init_webhooks(self) -> None:
        self.webhooks = WebhookSender(_sign)

    def add_webhook(self, target: Target, secret: str) -> Hook:
        """A webhook with a trigger on "status changed to solved" pointing at it."""
        return self.webhooks.add(target, secret, (EVENT,))

    def solve(self, ticket_id: int) -> None:
        """Set the ticket solved, as an agent would (the trigger queues its delivery)."""
        with self.lock:
            previous = self.tickets[ticket_id]["status"]
            self.tickets[ticket_id]["status"] = "solved"
            self._status_changed(ticket_id, previous, "solved")

    def send_deliveries(self) -> list[Delivery]:
        """Deliver the queued webhook requests now."""
        return self.webhooks.send_pending()

    def resend(self, delivery: Delivery) -> int:
        """Zendesk's retry of a delivery: the same body, signed again now."""
        hook = next(h for h in self.webhooks.hooks if h.id == delivery.hook)
        delivery.headers.update(_sign(hook, delivery.body))
        return self.webhooks.redeliver(delivery.id)

    def _status_changed(self, ticket_id: int, previous: str | None, status: str) -> None:
        """Fire the solved trigger (callers hold the lock)."""
        if status != "solved" or previous == "solved":
            return
        body = json.dumps({"ticket_id": ticket_id, "status": "solved"}).encode()
        self.webhooks.queue(EVENT, body, json_headers({
            "User-Agent": "Zendesk Webhook", "X-Zendesk-Webhook-Invocation-Id":
            str(uuid.uuid4().int)[:19]}), lambda: str(uuid.uuid4()))
