"""POST /api/v1/webhooks/github: issue closed/reopened -> a note on every linked ticket."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify, request
from flask.typing import ResponseReturnValue

from backend.api.openapi import route
from backend.api.parsing import parse_body
from backend.errors import APIError
from backend.escalation.webhook import IssueEvent, handle_issue_event, signature_ok
from backend.integrations.extension import integrations
from backend.settings import Settings

bp = Blueprint("webhooks", __name__)


@route(bp, "/webhooks/github", "POST", summary="GitHub issues events (X-Hub-Signature-256).",
       auth="webhook", body=IssueEvent)
def github_webhook() -> ResponseReturnValue:
    """Verify the signature, then handle ping and issues events; others are acknowledged."""
    settings: Settings = current_app.config["SETTINGS"]
    secret = settings.github_webhook_secret
    if secret is None or not secret.get_secret_value():
        raise APIError(403, "webhook_disabled", "GITHUB_WEBHOOK_SECRET is not configured on this "
                       "service, so GitHub deliveries cannot be verified.")
    raw = request.get_data(cache=True)
    if not signature_ok(secret.get_secret_value(), raw,
                        request.headers.get("X-Hub-Signature-256")):
        raise APIError(401, "bad_signature", "X-Hub-Signature-256 is missing or does not match "
                       "GITHUB_WEBHOOK_SECRET.")
    event = request.headers.get("X-GitHub-Event", "")
    if event == "ping":
        return jsonify(ok=True, event="ping")
    if event != "issues":
        return jsonify(ok=True, event=event, handled=False)
    result = handle_issue_event(parse_body(IssueEvent), integrations.zendesk())
    if result.get("failed"):
        waits = [f["retry_after"] for f in result["failed"] if f.get("retry_after")]
        raise APIError(503, "zendesk_unavailable", "Some linked tickets could not be noted; "
                       "redeliver the event to finish.", result["failed"],
                       retry_after=max(waits) if waits else 30)
    return jsonify(ok=True, event="issues", **result)
