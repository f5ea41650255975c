"""Signed webhook deliveries: Zendesk's signature, fresh timestamps, and effects applied once.

A receipt is a row unique on (kind, key). Taking it is an INSERT: the one caller whose INSERT
succeeds does the work, every later or concurrent one sees it taken. A Zendesk signature seen
once is a receipt too, so replaying a captured delivery is refused.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import UTC, datetime, timedelta

from sqlalchemy import and_, delete, or_, select
from sqlalchemy.exc import IntegrityError

from backend.db import db
from backend.models import WebhookReceipt, utcnow

MAX_KEY = 200
# Notes whose Zendesk answer was lost (backend.escalation.notes_once), kept while GitHub lets a
# delivery be redelivered.
UNSURE_KINDS = ("github-comment-unsure", "github-state-unsure")
REDELIVERABLE = timedelta(days=3)


def zendesk_signature_ok(secret: str, timestamp: str | None, body: bytes,
                         signature: str | None) -> bool:
    """Check X-Zendesk-Webhook-Signature: base64(HMAC-SHA256(secret, timestamp + body))."""
    if not timestamp or not signature:
        return False
    digest = hmac.new(secret.encode(), timestamp.encode("utf-8", "surrogatepass") + body,
                      hashlib.sha256).digest()
    expected = base64.b64encode(digest)
    # As bytes: compare_digest refuses str with non-ASCII characters, which a client may send.
    return hmac.compare_digest(expected, signature.strip().encode("utf-8", "surrogatepass"))


def parse_timestamp(value: str) -> datetime | None:
    """Zendesk's signature timestamp (ISO 8601, e.g. 2026-12-04T20:00:00Z), or None."""
    text = value.strip()
    try:
        if text.isdigit():  # epoch seconds: accepted too, as some proxies rewrite it so
            return datetime.fromtimestamp(int(text), UTC)
        stamp = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (ValueError, OverflowError, OSError):
        return None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


def fresh(timestamp: str, max_age_seconds: int, now: datetime | None = None) -> bool:
    """True when the signed timestamp is within max_age of now (either way: clocks drift)."""
    stamp = parse_timestamp(timestamp)
    if stamp is None:
        return False
    now = now or datetime.now(UTC)
    return abs(now - stamp) <= timedelta(seconds=max_age_seconds)


def take(kind: str, key: str) -> bool:
    """Take the receipt (kind, key); False when it was taken before."""
    try:
        with db.transaction() as session:
            session.add(WebhookReceipt(kind=kind, key=key[:MAX_KEY]))
    except IntegrityError:
        return False
    return True


def taken_at(kind: str, key: str) -> datetime | None:
    """When the receipt (kind, key) was taken; None when it is not."""
    with db.transaction() as session:
        stamp = session.scalar(select(WebhookReceipt.created_at).where(
            WebhookReceipt.kind == kind, WebhookReceipt.key == key[:MAX_KEY]))
    if stamp is not None and stamp.tzinfo is None:  # SQLite hands the stored UTC time back naive
        stamp = stamp.replace(tzinfo=UTC)
    return stamp


def give_back(kind: str, key: str) -> None:
    """Release a receipt whose effect failed, so a redelivery applies it."""
    with db.transaction() as session:
        session.execute(delete(WebhookReceipt).where(WebhookReceipt.kind == kind,
                                                     WebhookReceipt.key == key[:MAX_KEY]))


def forget_older_than(seconds: float) -> int:
    """Drop signature receipts older than any fresh delivery can be (they protect no longer),
    and unsure notes older than GitHub lets anyone redeliver (three days)."""
    now = utcnow()
    with db.transaction() as session:
        result = session.execute(delete(WebhookReceipt).where(or_(
            and_(WebhookReceipt.kind == "zendesk-signature",
                 WebhookReceipt.created_at < now - timedelta(seconds=seconds)),
            and_(WebhookReceipt.kind.in_(UNSURE_KINDS),
                 WebhookReceipt.created_at < now - REDELIVERABLE))))
    return int(getattr(result, "rowcount", 0) or 0)
