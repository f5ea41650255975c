"""Issue comments on GitHub, through the same PyGithub client and error rules as GitHubIssues.

A comment is written with exactly one POST (GitHubIssues' retry policy never repeats a POST);
when its answer is lost, ``find_comment`` looks for the comment's marker before posting again.
Reads wait out rate limits only within the client's budget, like every other read.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import partial

import requests
from github import GithubException

from backend.integrations.github import GitHubIssues
from backend.integrations.github_errors import GitHubError, from_status

RECENT_COMMENTS = 100  # a lost comment is among the issue's latest: one page is enough


@dataclass(frozen=True)
class CommentRef:
    """A comment on an issue."""

    id: int
    url: str  # html_url, for people


class IssueComments:
    """Post and find comments on issues; who the token is, to recognise our own comments."""

    def __init__(self, issues: GitHubIssues) -> None:
        """Share the GitHubIssues client (its connection pool, timeouts and retry policy)."""
        self.issues = issues
        self._login: str | None = None
        self._lock = threading.Lock()

    def create_comment(self, repo: str, number: int, body: str) -> CommentRef:
        """Add a comment to an issue with exactly one POST."""
        action = f"commenting on issue #{number} of {repo}"
        issue = self.issues._repo(repo).get_issue(number)  # lazy: no request yet
        try:
            comment = issue.create_comment(body)
            data = comment.raw_data
        except GithubException as exc:
            raise from_status(exc, action, repo=repo, write=True, not_found=(
                f"GitHub found no issue #{number} in {repo} visible to this token")) from exc
        except requests.exceptions.RequestException as exc:
            raise self.issues._transport_error(exc, action, write=True) from exc
        return CommentRef(int(data["id"]), str(data.get("html_url") or ""))

    def find_comment(self, repo: str, number: int, marker: str) -> CommentRef | None:
        """The issue's latest comment whose body holds ``marker``, among the newest ones."""
        requester = self.issues._gh.requester
        # The comments list is oldest first and has no sort parameter: read its last page.
        first_headers, first = self.issues._read(
            f"listing the comments of {repo}#{number}", repo,
            partial(requester.requestJsonAndCheck, "GET",
                    f"/repos/{repo}/issues/{number}/comments",
                    parameters={"per_page": str(RECENT_COMMENTS)}))
        items = first if isinstance(first, list) else []
        last = _last_page(str(first_headers.get("link", "")))
        if last is not None:
            _, page = self.issues._read(
                f"listing the comments of {repo}#{number}", repo,
                partial(requester.requestJsonAndCheck, "GET",
                        f"/repos/{repo}/issues/{number}/comments",
                        parameters={"per_page": str(RECENT_COMMENTS), "page": last}))
            items = page if isinstance(page, list) else []
        for item in reversed(items):
            if isinstance(item, dict) and marker in str(item.get("body") or ""):
                return CommentRef(int(item["id"]), str(item.get("html_url") or ""))
        return None

    def repo_is_private(self, repo: str) -> bool:
        """True only when GitHub says the repository is private (one GET)."""
        requester = self.issues._gh.requester
        _, data = self.issues._read(f"reading {repo}", repo, partial(
            requester.requestJsonAndCheck, "GET", f"/repos/{repo}"))
        return isinstance(data, dict) and data.get("private") is True

    def login(self) -> str | None:
        """The token's own login (read once), or None when GitHub cannot say now."""
        with self._lock:
            if self._login is None:
                requester = self.issues._gh.requester
                try:
                    _, data = self.issues._read("reading the token's user", "-/-", partial(
                        requester.requestJsonAndCheck, "GET", "/user"))
                except GitHubError:
                    return None
                if isinstance(data, dict) and data.get("login"):
                    self._login = str(data["login"])
            return self._login


def _last_page(link: str) -> str | None:
    """The page number of rel="last" in a Link header, when there is more than one page."""
    for part in link.split(","):
        if 'rel="last"' in part and "page=" in part:
            url = part.split(";")[0].strip().strip("<>")
            for param in url.split("?", 1)[-1].split("&"):
                if param.startswith("page="):
                    return param[len("page="):]
    return None
