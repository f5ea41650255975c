"""Thin wrapper over PyGithub for filing and finding RFH issues.

What it adds to PyGithub, and why:

* One create is one POST. PyGithub's default ``GithubRetry`` retries POST on 5xx, so a 502 from
  a proxy can turn one escalation into several issues. We pass a urllib3 ``Retry`` that only
  retries GET/HEAD (on 502/503/504 and on connections that never opened) and never POST.
* No hour-long sleeps. ``GithubRetry`` sleeps until the rate-limit reset (up to an hour) and
  urllib3 honours any ``Retry-After``; we do not use it. Reads wait for a rate limit here only
  when the wait fits in ``max_wait``; otherwise, and always for the create, the caller gets
  ``GitHubError("rate_limited", retry_after=...)`` and decides.
* No per-instance throttling sleeps (``seconds_between_requests/_writes``): a web request must
  not stall because a previous request on the same client was recent.
* Errors come out as one ``GitHubError`` with a small closed set of codes and a message in plain
  words, so the API layer can show it and the Escalator can decide what is retryable.
* ``find_by_marker`` reads the repository's issue list (newest first) instead of search, whose
  index lags behind writes by seconds to minutes: right after a create whose answer was lost,
  search would not find the issue and we would file it twice.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from http import HTTPStatus
from typing import Any, Literal, TypeVar

import requests
from github import Auth, Github, GithubException
from github.Repository import Repository
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception,
)
from urllib3.exceptions import MaxRetryError, NewConnectionError
from urllib3.util.retry import Retry

from backend.integrations.errors import ExternalServiceError

ErrorCode = Literal[
    "unauthorized", "forbidden", "repo_not_found", "repo_gone", "rate_limited", "validation",
    "unavailable", "timeout",
]

_REPO_NAME = re.compile(r"[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+")
_RESET_MARGIN = 0.25  # x-ratelimit-reset has one-second granularity; do not retry a hair early
_SECONDARY_DEFAULT_WAIT = 60.0  # GitHub: with no header to go by, wait at least a minute
_MAX_READ_ATTEMPTS = 3

T = TypeVar("T")


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


@dataclass(frozen=True)
class IssueRef:
    """What the rest of the app needs to know about a GitHub issue."""

    repo: str
    number: int
    url: str  # html_url, for people
    title: str
    labels: tuple[str, ...]
    state: str


def safe_retry() -> Retry:
    """Build the urllib3 retry policy: GET/HEAD only, never POST, never sleeping on Retry-After."""
    return Retry(
        total=2,
        connect=2,  # the connection never opened: nothing was sent, safe for any method
        read=False,  # re-raise read errors (a timeout stays a timeout); never repeat a sent call
        status=2,
        other=0,
        allowed_methods=frozenset({"GET", "HEAD"}),
        status_forcelist=(502, 503, 504),
        backoff_factor=0.2,
        respect_retry_after_header=False,  # rate limits are decided in GitHubIssues, bounded
        raise_on_status=False,  # hand the last 5xx to PyGithub so it becomes a GithubException
    )


class GitHubIssues:
    """Create, find and read issues in one GitHub (or GitHub Enterprise) instance."""

    def __init__(
        self, token: str, base_url: str, *, timeout: float = 5.0, max_wait: float = 3.0
    ) -> None:
        """Configure the client; ``base_url`` is https://api.github.com or https://HOST/api/v3."""
        if not base_url.startswith(("http://", "https://")):
            raise ValueError(f"GitHub base URL must start with http:// or https://: {base_url!r}")
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.max_wait = max_wait
        self._gh = Github(
            auth=Auth.Token(token) if token else None,
            base_url=self.base_url,
            # PyGithub accepts whole seconds only; round up so we never cut a call shorter.
            timeout=max(1, math.ceil(timeout)),
            retry=safe_retry(),
            per_page=100,
            seconds_between_requests=None,
            seconds_between_writes=None,
            lazy=True,  # get_repo() must not spend a GET /repos/{o}/{r} before every call
            user_agent="rfh-copilot",
        )

    def close(self) -> None:
        """Close pooled connections."""
        self._gh.close()

    # ------------------------------------------------------------------ public
    def create_issue(
        self, repo: str, title: str, body: str, labels: Iterable[str]
    ) -> IssueRef:
        """Open an issue with exactly one POST; unknown labels are created by GitHub."""
        action = f"creating an issue in {repo}"
        repository = self._repo(repo)
        try:
            issue = repository.create_issue(title=title, body=body, labels=list(labels))
            # create_issue returns a completed object: raw_data sends no further request.
            data = issue.raw_data
        except GithubException as exc:
            raise _from_status(exc, action, repo=repo, write=True, not_found=None) from exc
        except requests.exceptions.RequestException as exc:
            raise self._transport_error(exc, action, write=True) from exc
        return _issue_ref(repo, data)

    def find_by_marker(self, repo: str, marker: str, *, recent: int = 100) -> IssueRef | None:
        """Return the newest issue among the ``recent`` latest whose body contains ``marker``."""
        if not marker:
            raise ValueError("marker must not be empty")
        if recent < 1:
            raise ValueError("recent must be at least 1")
        self._repo(repo)  # validates the name
        per_page = max(1, min(100, recent))
        pages = math.ceil(recent / per_page)
        seen = 0
        requester = self._gh.requester
        for page in range(1, pages + 1):
            params = {"state": "all", "sort": "created", "direction": "desc",
                      "per_page": str(per_page), "page": str(page)}
            # The raw list, not PaginatedList: its lazy Issue objects would send one GET per
            # issue as soon as we touched an attribute the list answer lacks (pull_request).
            headers, items = self._read(
                f"listing the issues of {repo}", repo,
                partial(requester.requestJsonAndCheck, "GET", f"/repos/{repo}/issues",
                        parameters=params),
            )
            if not isinstance(items, list):
                raise GitHubError("unavailable", f"GitHub answered the issue list of {repo} with"
                                  " something that is not a list")
            for item in items:
                if seen >= recent:
                    return None
                seen += 1
                if "pull_request" in item:  # the issues API lists pull requests too
                    continue
                if marker in (item.get("body") or ""):
                    return _issue_ref(repo, item)
            if len(items) < per_page or 'rel="next"' not in str(headers.get("link", "")):
                break
        return None

    def get_issue(self, repo: str, number: int) -> IssueRef:
        """Read one issue (one GET)."""
        issue = self._repo(repo).get_issue(number)
        data = self._read(f"reading issue #{number} of {repo}", repo, lambda: issue.raw_data,
                          not_found=f"GitHub found no issue #{number} in {repo}, or the"
                          " repository is not visible to this token (404 Not Found)")
        return _issue_ref(repo, data)

    # --------------------------------------------------------------- internals
    def _repo(self, repo: str) -> Repository:
        if not _REPO_NAME.fullmatch(repo or ""):
            raise GitHubError("repo_not_found", f"{repo!r} is not a repository name of the form"
                              " owner/name")
        return self._gh.get_repo(repo)

    def _read(
        self, action: str, repo: str, call: Callable[[], T], *, not_found: str | None = None
    ) -> T:
        """Run a read, waiting out a rate limit only while the total wait stays in max_wait."""

        def give_up(state: RetryCallState) -> bool:
            over_budget = state.idle_for + (state.upcoming_sleep or 0.0) > self.max_wait
            return state.attempt_number >= _MAX_READ_ATTEMPTS or over_budget

        reads = Retrying(
            retry=retry_if_exception(_is_rate_limit),
            wait=lambda state: _rate_limit_wait(state.outcome.exception()) or 0.0,  # type: ignore[union-attr, arg-type]
            stop=give_up,
            sleep=time.sleep, reraise=True,
        )
        try:
            return reads(call)
        except GithubException as exc:
            raise _from_status(exc, action, repo=repo, write=False, not_found=not_found) from exc
        except requests.exceptions.RequestException as exc:
            raise self._transport_error(exc, action, write=False) from exc

    def _transport_error(
        self, exc: requests.exceptions.RequestException, action: str, *, write: bool
    ) -> GitHubError:
        """Classify a failure below HTTP (timeouts, refused or broken connections)."""
        if isinstance(exc, requests.exceptions.Timeout):
            sent = not isinstance(exc, requests.exceptions.ConnectTimeout)
            return GitHubError(
                "timeout",
                f"GitHub did not answer within {self.timeout:g} s while {action}"
                + (_MAYBE_CREATED if write and sent else ""),
                outcome_unknown=write and sent,
            )
        sent = not _never_connected(exc)
        reason = "the connection broke before GitHub answered" if sent else "could not connect"
        return GitHubError(
            "unavailable",
            f"GitHub at {self.base_url} is unreachable while {action}: {reason}"
            + (_MAYBE_CREATED if write and sent else ""),
            outcome_unknown=write and sent,
        )


_MAYBE_CREATED = "; the issue may have been created anyway"


def _issue_ref(repo: str, data: dict[str, Any]) -> IssueRef:
    labels = tuple(
        str(label.get("name")) if isinstance(label, dict) else str(label)
        for label in data.get("labels") or ()
    )
    return IssueRef(
        repo=repo,
        number=int(data["number"]),
        url=str(data.get("html_url") or ""),
        title=str(data.get("title") or ""),
        labels=labels,
        state=str(data.get("state") or ""),
    )


def _never_connected(exc: Exception) -> bool:
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


def _is_rate_limit(exc: BaseException) -> bool:
    """True for a primary or secondary rate limit (a read may wait it out)."""
    return isinstance(exc, GithubException) and _rate_limit_wait(exc) is not None


def _rate_limit_wait(exc: GithubException) -> float | None:
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


def _from_status(
    exc: GithubException, action: str, *, repo: str, write: bool, not_found: str | None
) -> GitHubError:
    status = exc.status
    said = f"{status} {_server_message(exc)}"
    wait = _rate_limit_wait(exc)
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
        f"GitHub failed while {action} ({said})" + (_MAYBE_CREATED if unknown else ""),
        status=status, outcome_unknown=unknown,
    )
