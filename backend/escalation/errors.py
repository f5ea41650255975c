"""What the escalation flow raises when it cannot do what was asked (the API maps it to HTTP)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from backend.integrations.github_errors import GitHubError


class EscalationError(Exception):
    """An escalation that cannot go ahead: a stable code, a plain-words message, a wait."""

    def __init__(self, code: str, message: str, *, retry_after: float | None = None,
                 details: Any = None) -> None:
        """Record the code, message, the seconds after which a retry makes sense, and details
        the client can act on."""
        super().__init__(message)
        self.code = code
        self.message = message
        self.retry_after = retry_after
        self.details = details


class InvalidEscalation(EscalationError):
    """The request itself cannot be carried out as sent (no ticket, a bad issue URL)."""


class IssueNotFound(EscalationError):
    """The issue to link does not exist, or the token cannot see it."""


class EscalationBusy(EscalationError):
    """Another request holds this ticket's escalation, or gave up on it while we waited."""


class SlackRefused(EscalationError):
    """Slack refused an ask (no such channel, bot not invited, bad token): nothing was posted."""


class GitHubFailed(EscalationError):
    """GitHub refused or failed a step; the message names the cause and what to fix."""

    def __init__(self, error: GitHubError, *, repo: str | None = None,
                 labels: Sequence[str] = ()) -> None:
        """Word the GitHub error for the person who has to act on it."""
        self.error = error
        self.transient = error.transient
        message, retry_after = _explain(error, repo or "the repository", labels)
        super().__init__(f"github_{error.code}", message, retry_after=retry_after)


_KEPT = " The escalation is kept: a retry looks for the issue first and never files it twice."


def _explain(exc: GitHubError, repo: str, labels: Sequence[str]) -> tuple[str, float | None]:
    """The message and the wait to suggest for a GitHub failure."""
    if exc.code == "rate_limited":
        return exc.message + "." + _KEPT, max(1.0, exc.retry_after or 60)
    if exc.transient:
        return exc.message + "." + _KEPT, 5
    if exc.code == "unauthorized":
        return f"{exc.message}: check GITHUB_TOKEN.", None
    if exc.code == "forbidden":
        hint = (f" GitHub creates missing labels ({', '.join(labels)}) only for a token with push"
                f" access: create them in {repo} or give the token push access."
                if "label" in exc.message.lower() else "")
        return exc.message + "." + hint, None
    if exc.code in ("repo_not_found", "repo_gone"):
        return (f"{exc.message}: check RFH_REPO/PUBLIC_REPO and that the token can see the "
                "repository."), None
    return exc.message, None
