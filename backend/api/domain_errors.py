"""The domain's errors as HTTP answers: the one place they are mapped to a status and a code.

Escalation, the template set and the outside services raise their own errors; the handlers
registered here turn each into the one JSON error shape.
"""

from __future__ import annotations

from flask import Flask, Response

from backend.errors import APIError, error_response
from backend.escalation.errors import (
    EscalationBusy,
    EscalationError,
    GitHubFailed,
    InvalidEscalation,
    IssueNotFound,
    SlackRefused,
)
from backend.escalation.leak_check import PrivateDataLeak
from backend.escalation.templates import TemplateProblem
from backend.integrations.github_errors import GitHubError
from backend.integrations.zendesk import ZendeskError
from backend.learning.live import ModelUnavailable

# Status per kind of escalation error; GitHubFailed depends on the GitHub error (see below).
_STATUS: dict[type[EscalationError], int] = {
    InvalidEscalation: 422,
    PrivateDataLeak: 422,
    IssueNotFound: 404,
    EscalationBusy: 503,
    SlackRefused: 502,  # Slack's refusal, worded for the agent; the ask is kept for a retry
}


def escalation_api_error(exc: EscalationError) -> APIError:
    """An escalation failure: 503 for what a retry may fix, 502 for GitHub's refusals, 422 with
    the values found for a public defect that still holds private data."""
    if isinstance(exc, GitHubFailed):
        status = 503 if exc.transient else 502
    else:
        status = next((s for cls, s in _STATUS.items() if isinstance(exc, cls)), 500)
    return APIError(status, exc.code, exc.message, exc.details, retry_after=exc.retry_after)


def zendesk_api_error(exc: ZendeskError) -> APIError:
    """A Zendesk failure (reading the ticket): 503 for transient ones, 502 for configuration."""
    if exc.code == "not_found":
        return APIError(404, "ticket_not_found", exc.message)
    if exc.transient:
        return APIError(503, f"zendesk_{exc.code}", exc.message,
                        retry_after=exc.retry_after or 5)
    hint = " Check ZENDESK_EMAIL and ZENDESK_API_TOKEN." if exc.code == "unauthorized" else ""
    return APIError(502, f"zendesk_{exc.code}", exc.message + hint)


def register_domain_errors(app: Flask) -> None:
    """Answer the domain's errors in the one JSON error shape."""

    def answer(error: APIError) -> Response:
        return error_response(error.status, error.code, error.message, error.details,
                              error.retry_after)

    @app.errorhandler(EscalationError)
    def _escalation(exc: EscalationError) -> Response:
        return answer(escalation_api_error(exc))

    @app.errorhandler(GitHubError)
    def _github(exc: GitHubError) -> Response:
        return answer(escalation_api_error(GitHubFailed(exc)))

    @app.errorhandler(ZendeskError)
    def _zendesk(exc: ZendeskError) -> Response:
        return answer(zendesk_api_error(exc))

    @app.errorhandler(ModelUnavailable)
    def _model_unavailable(exc: ModelUnavailable) -> Response:
        # Any request that needs the live model before one is live: retry shortly.
        return answer(APIError(503, "model_unavailable", str(exc), retry_after=exc.retry_after))

    @app.errorhandler(TemplateProblem)
    def _template(exc: TemplateProblem) -> Response:
        return answer(APIError(500, "template_error", str(exc)))
