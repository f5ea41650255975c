"""POST /api/v1/webhooks/github (issues, issue_comment) and /api/v1/webhooks/zendesk (solved)."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, current_app, jsonify, request
from flask.typing import ResponseReturnValue
from pydantic import SecretStr

from backend.api.openapi import route
from backend.api.parsing import parse_body
from backend.errors import APIError
from backend.escalation import receipts
from backend.escalation.comment_notes import IssueCommentEvent, handle_comment_event
from backend.escalation.solved import TicketStatusEvent, handle_status
from backend.escalation.webhook import IssueEvent, handle_issue_event, signature_ok
from backend.integrations.extension import integrations
from backend.settings import Settings

bp = Blueprint("webhooks", __name__)


@route(bp, "/webhooks/github", "POST", summary="GitHub issues and issue_comment events "
       "(X-Hub-Signature-256).", auth="webhook", body=IssueEvent)
def github_webhook() -> ResponseReturnValue:
    """Verify the signature, then handle ping, issues and issue_comment; others acknowledged."""
    settings: Settings = current_app.config["SETTINGS"]
    secret = _secret(settings.github_webhook_secret, "GITHUB_WEBHOOK_SECRET", "GitHub")
    raw = request.get_data(cache=True)
    if not signature_ok(secret, raw,
                        request.headers.get("X-Hub-Signature-256")):
        raise APIError(401, "bad_signature", "X-Hub-Signature-256 is missing or does not match "
                       "GITHUB_WEBHOOK_SECRET.")
    event = request.headers.get("X-GitHub-Event", "")
    if event == "ping":
        return jsonify(ok=True, event="ping")
    if event == "issues":
        result = handle_issue_event(parse_body(IssueEvent), integrations.zendesk(),
                                    (request.headers.get("X-GitHub-Delivery") or "")[:100] or None)
    elif event == "issue_comment":
        comments = integrations.comments()
        result = handle_comment_event(parse_body(IssueCommentEvent), integrations.zendesk(),
                                      comments.login() if comments is not None else None)
    else:
        return jsonify(ok=True, event=event, handled=False)
    _unavailable_if_failed(result)
    return jsonify(ok=True, event=event, **result)


def _secret(value: SecretStr | None, name: str, sender: str) -> str:
    """The configured signing secret; 403 when the webhook is off (nothing can be verified)."""
    if value is None or not value.get_secret_value():
        raise APIError(403, "webhook_disabled", f"{name} is not configured on this service, so "
                       f"{sender} deliveries cannot be verified.")
    return value.get_secret_value()


def _unavailable_if_failed(result: dict[str, Any]) -> None:
    """503 when some tickets could not be noted, so a redelivery finishes the job."""
    if result.get("failed"):
        waits = [f["retry_after"] for f in result["failed"] if f.get("retry_after")]
        raise APIError(503, "zendesk_unavailable", "Some linked tickets could not be noted; "
                       "redeliver the event to finish.", result["failed"],
                       retry_after=max(waits) if waits else 30)


@route(bp, "/webhooks/zendesk", "POST", summary="Zendesk ticket solved "
       "(X-Zendesk-Webhook-Signature).", auth="webhook", body=TicketStatusEvent)
def zendesk_webhook() -> ResponseReturnValue:
    """Verify the signature and its timestamp, refuse replays, then handle the status."""
    settings: Settings = current_app.config["SETTINGS"]
    secret = _secret(settings.zendesk_webhook_secret, "ZENDESK_WEBHOOK_SECRET", "Zendesk")
    raw = request.get_data(cache=True)
    stamp = request.headers.get("X-Zendesk-Webhook-Signature-Timestamp")
    signature = request.headers.get("X-Zendesk-Webhook-Signature")
    if not receipts.zendesk_signature_ok(secret, stamp, raw, signature):
        raise APIError(401, "bad_signature", "X-Zendesk-Webhook-Signature is missing or does not "
                       "match ZENDESK_WEBHOOK_SECRET and the signature timestamp.")
    assert stamp is not None and signature is not None
    if not receipts.fresh(stamp, settings.webhook_max_age_seconds):
        raise APIError(401, "stale_signature", "X-Zendesk-Webhook-Signature-Timestamp is older "
                       f"(or newer) than {settings.webhook_max_age_seconds} s.")
    event = parse_body(TicketStatusEvent)
    if not receipts.take("zendesk-signature", signature.strip()):
        raise APIError(403, "replayed_delivery", "This signed delivery was received before.")
    try:
        result = handle_status(event, integrations.zendesk(), integrations.comments(),
                               public_repo=settings.public_repo)
    except Exception:
        # Not applied: let Zendesk's own retry (same signature) through.
        receipts.give_back("zendesk-signature", signature.strip())
        raise
    receipts.forget_older_than(2 * settings.webhook_max_age_seconds)
    return jsonify(ok=True, **result)
