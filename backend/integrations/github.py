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
from typing import Any, TypeVar

import requests
from github import Auth, Github, GithubException
from github.Repository import Repository
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception,
)
from urllib3.util.retry import Retry

from backend.integrations.github_errors import (
    MAYBE_CREATED,
    GitHubError,
    from_status,
    is_rate_limit,
    never_connected,
    rate_limit_wait,
)

_REPO_NAME = re.compile(r"[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+")
_MAX_READ_ATTEMPTS = 3

T = TypeVar("T")


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
            raise from_status(exc, action, repo=repo, write=True, not_found=None) from exc
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
            retry=retry_if_exception(is_rate_limit),
            wait=lambda state: rate_limit_wait(state.outcome.exception()) or 0.0,  # type: ignore[union-attr, arg-type]
            stop=give_up,
            sleep=time.sleep, reraise=True,
        )
        try:
            return reads(call)
        except GithubException as exc:
            raise from_status(exc, action, repo=repo, write=False, not_found=not_found) from exc
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
                + (MAYBE_CREATED if write and sent else ""),
                outcome_unknown=write and sent,
            )
        sent = not never_connected(exc)
        reason = "the connection broke before GitHub answered" if sent else "could not connect"
        return GitHubError(
            "unavailable",
            f"GitHub at {self.base_url} is unreachable while {action}: {reason}"
            + (MAYBE_CREATED if write and sent else ""),
            outcome_unknown=write and sent,
        )


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
