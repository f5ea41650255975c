"""GitHub's failures, classified: one ``GitHubError`` with a closed set of codes and plain words.

Shared by the issue client (``github.py``) and the comment client (``github_comments.py``), so a
rate limit, a missing repository or a lost answer reads the same wherever it happened.
"""

from __future__ import annotations

import math
import time
from http import HTTPStatus
from typing import Literal

from github import GithubException
from urllib3.exceptions import MaxRetryError, NewConnectionError

from backend.integrations.errors import ExternalServiceError

ErrorCode = Literal[
    "unauthorized", "forbidden", "repo_not_found", "repo_gone", "rate_limited", "validation",
    "unavailable", "timeout",
]

_RESET_MARGIN = 0.25  # x-ratelimit-reset has one-second granularity; do not retry a hair early
_SECONDARY_DEFAULT_WAIT = 60.0  # GitHub: with no header to go by, wait at least a minute


class GitHubError(ExternalServiceError):
    """A failed GitHub call, classified.

    ``code`` is one of ErrorCode; ``message`` names the cause in plain words; ``retry_after`` is
    the seconds to wait before trying again when GitHub said so (rate limits). ``status`` is the
    HTTP status when there was one. ``outcome_unknown`` is True when a write may have been
    applied although no answer confirmed it (timeout, dropped connection, 5xx after sending):
    look for the issue with ``find_by_marker`` before creating it again.
    """

    code: ErrorCode

    def __init__(
        self,
        code: ErrorCode,
        message: str,
        *,
        retry_after: float | None = None,
        status: int | None = None,
        outcome_unknown: bool = False,
    ) -> None:
        """Record the classification; str(error) is the message."""
        super().__init__(code, message, retry_after=retry_after, status=status)
        self.outcome_unknown = outcome_unknown

    def __repr__(self) -> str:
        """Show code, message and retry_after."""
        return f"GitHubError({self.code!r}, {self.message!r}, retry_after={self.retry_after!r})"


MAYBE_CREATED = "; the issue may have been created anyway"


def never_connected(exc: Exception) -> bool:
    """True when the request cannot have reached GitHub (connection refused, DNS failure)."""
    for arg in exc.args:
        if isinstance(arg, MaxRetryError) and isinstance(arg.reason, NewConnectionError):
            return True
        if isinstance(arg, NewConnectionError):
            return True
    return False


def _headers(exc: GithubException) -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in (exc.headers or {}).items()}


def _server_message(exc: GithubException) -> str:
    data = exc.data
    if isinstance(data, dict) and isinstance(data.get("message"), str):
        message: str = data["message"].strip()
        errors = data.get("errors")
        if isinstance(errors, list) and errors:
            details = []
            for err in errors:
                if isinstance(err, dict):
                    text = err.get("message") or " ".join(
                        str(err[k]) for k in ("field", "code") if err.get(k))
                    details.append(str(text))
                else:
                    details.append(str(err))
            message = message.rstrip(".") + ": " + "; ".join(details)
        return message
    try:
        return HTTPStatus(exc.status).phrase
    except ValueError:
        return "unexpected answer"


def is_rate_limit(exc: BaseException) -> bool:
    """True for a primary or secondary rate limit (a read may wait it out)."""
    return isinstance(exc, GithubException) and rate_limit_wait(exc) is not None


def rate_limit_wait(exc: GithubException) -> float | None:
    """Seconds to wait if this error is a rate limit (primary or secondary), else None.

    Follows GitHub's guidance: retry-after if present; else, when x-ratelimit-remaining is 0,
    until x-ratelimit-reset; else at least a minute.
    """
    if exc.status not in (403, 429):
        return None
    headers = _headers(exc)
    message = _server_message(exc).lower()
    if exc.status == 403 and "retry-after" not in headers and "rate limit" not in message:
        return None  # a permission problem, not a rate limit
    retry_after = headers.get("retry-after")
    if retry_after is not None:
        try:
            return max(0.0, float(retry_after))
        except ValueError:
            pass
    if headers.get("x-ratelimit-remaining") == "0":
        try:
            return max(0.0, float(headers["x-ratelimit-reset"]) - time.time()) + _RESET_MARGIN
        except (KeyError, ValueError):
            pass
    return _SECONDARY_DEFAULT_WAIT


def from_status(
    exc: GithubException, action: str, *, repo: str, write: bool, not_found: str | None
) -> GitHubError:
    status = exc.status
    said = f"{status} {_server_message(exc)}"
    wait = rate_limit_wait(exc)
    if wait is not None:
        return GitHubError(
            "rate_limited",
            f"GitHub's rate limit was reached while {action} ({said}); try again in"
            f" {math.ceil(wait)} s",
            retry_after=wait, status=status,
        )
    if status == 401:
        return GitHubError("unauthorized", f"GitHub rejected the token ({said})", status=status)
    if status == 403:
        return GitHubError(
            "forbidden",
            f"GitHub refused {action} ({said}); the token may lack push access to {repo}",
            status=status,
        )
    if status == 404:
        return GitHubError(
            "repo_not_found",
            not_found or f"GitHub has no repository {repo} visible to this token ({said})",
            status=status,
        )
    if status == 410:
        return GitHubError("repo_gone", f"GitHub says this is gone: {repo} ({said})",
                           status=status)
    if status in (400, 422):
        return GitHubError("validation", f"GitHub rejected the request as invalid ({said})",
                           status=status)
    unknown = write and status >= 500
    return GitHubError(
        "unavailable",
        f"GitHub failed while {action} ({said})" + (MAYBE_CREATED if unknown else ""),
        status=status, outcome_unknown=unknown,
    )
