"""An in-memory fake of the GitHub REST API v3 (the subset RFH uses), served over real HTTP.

Follows the public contract (docs.github.com/rest): token auth, repositories, issues (create,
list with Link pagination, get, patch), labels auto-created on issue creation, issue search with
an index lag, and x-ratelimit-* headers from a real per-token budget. Faults can be queued per
method + path glob (see tests.fakes._base.FakeServer.inject and the helpers below).

    with GitHubFake() as gh:
        gh.add_token("ghp_x", push=True)
        gh.add_repo("acme/widgets")
        ...  # point the client at gh.url (or gh.api_url when api_prefix="/api/v3")
"""

from __future__ import annotations

import base64
import itertools
import math
import re
import shlex
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from tests.fakes._base import JSON, FakeServer, Fault, RecordedRequest, Reply
from tests.fakes.github_comments import GitHubCommentsMixin

DOCS = "https://docs.github.com/rest"
DEFAULT_TOKEN = "ghp_fake_push_token"  # push access to every repository
READONLY_TOKEN = "ghp_fake_readonly_token"  # may open issues, may not create labels
DEFAULT_REPO = "acme/support-escalations"

RATE_DOCS = DOCS + "/overview/rate-limits-for-the-rest-api"
PRIMARY_MESSAGE = "API rate limit exceeded for user ID {uid}."
SECONDARY_MESSAGE = (
    "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. "
    "If you reach out to GitHub Support for help, please include the request ID {rid}."
)


def iso(ts: float) -> str:
    """GitHub's timestamp format: 2024-01-01T12:00:00Z."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Bucket:
    """One rate-limit budget (a resource of one token)."""

    limit: int
    window: float  # seconds
    remaining: int = -1
    reset: int = 0

    def roll(self, now: float) -> None:
        """Start a new window when the previous one has passed."""
        if self.remaining < 0 or now >= self.reset:
            self.remaining = self.limit
            self.reset = int(math.ceil(now + self.window))

    @property
    def used(self) -> int:
        """Requests counted in this window."""
        return self.limit - self.remaining


@dataclass
class Token:
    """A personal access token known to the fake."""

    token: str
    login: str
    user_id: int
    push: bool | set[str]  # True: every repo; a set: only those "owner/name"
    repos: set[str] | None  # None: sees every repo; else only these (plus public ones)
    core: Bucket
    search: Bucket

    def can_push(self, full_name: str) -> bool:
        """True if the token has push (write) access to the repository."""
        return self.push is True or (isinstance(self.push, set) and full_name in self.push)


@dataclass
class Repo:
    """A repository with its labels and issues."""

    owner: str
    name: str
    id: int
    private: bool = False
    has_issues: bool = True
    archived: bool = False
    labels: dict[str, JSON] = field(default_factory=dict)  # lower-case name -> label JSON
    issues: dict[int, JSON] = field(default_factory=dict)  # number -> internal record
    next_number: int = 1

    @property
    def full_name(self) -> str:
        """owner/name."""
        return f"{self.owner}/{self.name}"


class GitHubFake(GitHubCommentsMixin, FakeServer):
    """The fake GitHub server. See module docstring; every public method is thread-safe."""

    name = "github-fake"

    def __init__(
        self, host: str = "127.0.0.1", port: int = 0, *, api_prefix: str = "",
        search_lag: float = 0.0,
    ) -> None:
        super().__init__(host, port)
        self.api_prefix = api_prefix.rstrip("/")
        self.search_lag = search_lag  # seconds before a new issue can be found by search
        self.anonymous_limit = 60
        self._ids = itertools.count(1000)
        self._search_flushed_at = 0.0
        self.tokens: dict[str, Token] = {}
        self.repos: dict[str, Repo] = {}
        self._anon: dict[str, Bucket] = {}
        self._init_comments()

    # ------------------------------------------------------------------ seeding
    @property
    def api_url(self) -> str:
        """Base URL a client should use (url + api_prefix, e.g. .../api/v3)."""
        return self.url + self.api_prefix

    def reset(self) -> None:
        """Forget tokens, repositories, issues, the request log and faults."""
        with self.lock:
            super().reset()
            self.tokens.clear()
            self.repos.clear()
            self._anon.clear()
            self._search_flushed_at = 0.0
            self._init_comments()

    def seed_defaults(self) -> GitHubFake:
        """Add DEFAULT_TOKEN (push), READONLY_TOKEN and DEFAULT_REPO with labels rfh, bug."""
        self.add_token(DEFAULT_TOKEN, login="rfh-bot", push=True)
        self.add_token(READONLY_TOKEN, login="reader", push=False)
        self.add_repo(DEFAULT_REPO, labels=["rfh", "bug"])
        return self

    def add_token(
        self, token: str, *, login: str = "rfh-bot", push: bool | set[str] = True,
        repos: set[str] | None = None, rate_limit: int = 5000, search_limit: int = 30,
    ) -> Token:
        """Register a token; ``push`` grants write access (True, or a set of repo names)."""
        with self.lock:
            tok = Token(
                token=token, login=login, user_id=next(self._ids), push=push, repos=repos,
                core=Bucket(rate_limit, 3600.0), search=Bucket(search_limit, 60.0),
            )
            self.tokens[token] = tok
            return tok

    def set_rate_limit(
        self, token: str, *, remaining: int | None = None, limit: int | None = None,
        reset_in: float | None = None, resource: str = "core",
    ) -> None:
        """Adjust a token's budget (e.g. remaining=0, reset_in=2 to exhaust it for 2 s)."""
        with self.lock:
            tok = self.tokens[token]
            bucket = tok.core if resource == "core" else tok.search
            bucket.roll(self.now())
            if limit is not None:
                bucket.limit = limit
                bucket.remaining = min(bucket.remaining, limit)
            if remaining is not None:
                bucket.remaining = remaining
            if reset_in is not None:
                bucket.reset = int(math.ceil(self.now() + reset_in))

    def rate_limit(self, token: str, resource: str = "core") -> dict[str, int]:
        """The token's current budget: limit, remaining, reset, used."""
        with self.lock:
            tok = self.tokens[token]
            bucket = tok.core if resource == "core" else tok.search
            bucket.roll(self.now())
            return {"limit": bucket.limit, "remaining": bucket.remaining,
                    "reset": bucket.reset, "used": bucket.used}

    def add_repo(
        self, full_name: str, *, private: bool = False, has_issues: bool = True,
        archived: bool = False, labels: list[str] | tuple[str, ...] = (),
    ) -> Repo:
        """Create a repository "owner/name" with the given labels."""
        owner, name = full_name.split("/", 1)
        with self.lock:
            repo = Repo(owner=owner, name=name, id=next(self._ids), private=private,
                        has_issues=has_issues, archived=archived)
            self.repos[full_name.lower()] = repo
            for label in labels:
                self._create_label(repo, label)
            return repo

    def set_repo(self, full_name: str, **changes: Any) -> None:
        """Change repository flags, e.g. set_repo("a/b", has_issues=False)."""
        with self.lock:
            repo = self.repos[full_name.lower()]
            for key, value in changes.items():
                if key not in ("private", "has_issues", "archived"):
                    raise KeyError(key)
                setattr(repo, key, value)

    def add_issue(
        self, repo: str, title: str, body: str | None = "", *,
        labels: list[str] | tuple[str, ...] = (), state: str = "open", user: str = "someone",
        created_at: float | None = None, pull_request: bool = False,
    ) -> JSON:
        """Seed an issue (or, with pull_request=True, a PR as the issues API lists it)."""
        with self.lock:
            r = self.repos[repo.lower()]
            names = [self._create_label(r, label)["name"] for label in labels]
            return self._render_issue(r, self._new_issue(
                r, title, body, names, user, created_at, pull_request=pull_request, state=state
            ))

    def delete_issue(self, repo: str, number: int) -> None:
        """Delete an issue: later GETs of it answer 410 "This issue was deleted"."""
        with self.lock:
            self.repos[repo.lower()].issues[number]["deleted"] = True

    def flush_search_index(self) -> None:
        """Make every issue created so far findable by search, whatever search_lag says."""
        with self.lock:
            self._search_flushed_at = self.now()

    # --------------------------------------------------------------- inspection
    def issues(self, repo: str, *, include_deleted: bool = False) -> list[JSON]:
        """Issues of a repo as the API renders them, oldest first."""
        with self.lock:
            r = self.repos[repo.lower()]
            return [self._render_issue(r, i) for i in r.issues.values()
                    if include_deleted or not i.get("deleted")]

    def issue(self, repo: str, number: int) -> JSON:
        """One issue as the API renders it."""
        with self.lock:
            r = self.repos[repo.lower()]
            return self._render_issue(r, r.issues[number])

    def labels(self, repo: str) -> list[str]:
        """Label names of a repository."""
        with self.lock:
            return [label["name"] for label in self.repos[repo.lower()].labels.values()]

    # ----------------------------------------------------------- fault helpers
    def error_body(self, status: int) -> Any:
        """GitHub-style default bodies for injected statuses."""
        if status in (502, 504):
            return f"<html><body><h1>{status} Server Error</h1></body></html>"
        messages = {500: "Server Error", 503: "Service Unavailable", 404: "Not Found",
                    401: "Bad credentials", 403: "Forbidden", 422: "Validation Failed"}
        return {"message": messages.get(status, "Error"), "documentation_url": DOCS,
                "status": str(status)}

    def rate_limit_exceeded(
        self, method: str, pattern: str, *, reset_in: float = 60, times: int | None = 1,
    ) -> Fault:
        """Primary rate limit: 403, x-ratelimit-remaining 0, x-ratelimit-reset = now + reset_in."""
        return self.inject(method, pattern, status=403, times=times,
                           headers={"x-ratelimit-remaining": "0", "x-ratelimit-used": "5000",
                                    "x-ratelimit-reset": f"@+{reset_in}"},
                           body={"message": PRIMARY_MESSAGE.format(uid=1),
                                 "documentation_url": RATE_DOCS + "#about-primary-rate-limits"},
                           label=f"primary rate limit reset+{reset_in}")

    def too_many_requests(
        self, method: str, pattern: str, *, retry_after: int = 60, times: int | None = 1,
    ) -> Fault:
        """429 with retry-after (how GitHub answers some secondary limits)."""
        return self.inject(method, pattern, status=429, times=times,
                           headers={"retry-after": str(retry_after)},
                           body={"message": SECONDARY_MESSAGE.format(rid="FAKE:429"),
                                 "documentation_url": RATE_DOCS + "#about-secondary-rate-limits"},
                           label=f"429 retry-after {retry_after}")

    def secondary_rate_limit(
        self, method: str, pattern: str, *, retry_after: int | None = 60, times: int | None = 1,
    ) -> Fault:
        """Secondary rate limit: 403 with a retry-after header (or none, if retry_after=None)."""
        headers = {"retry-after": str(retry_after)} if retry_after is not None else {}
        return self.inject(method, pattern, status=403, times=times, headers=headers,
                           body={"message": SECONDARY_MESSAGE.format(rid="FAKE:403"),
                                 "documentation_url": RATE_DOCS + "#about-secondary-rate-limits"},
                           label=f"secondary rate limit retry-after {retry_after}")

    def create_then_drop(self, repo: str = "*", *, times: int | None = 1) -> Fault:
        """Create the issue, then close the connection without answering."""
        pattern = f"{self.api_prefix}/repos/{repo}/issues"
        return self.drop_connection("POST", pattern, after_processing=True, times=times)

    def fault_reply(self, fault: Fault, req: RecordedRequest) -> Reply:
        """Resolve relative reset markers ("@+N") into epoch seconds at answer time."""
        headers = {}
        for name, value in fault.headers.items():
            if value.startswith("@+"):
                value = str(int(math.ceil(self.now() + float(value[2:]))))
            headers[name] = value
        return Reply(fault.status or 500, fault.body, headers)

    # --------------------------------------------------------------- internals
    def _create_label(self, repo: Repo, name: str, color: str = "ededed") -> JSON:
        key = name.lower()
        if key not in repo.labels:
            lid = next(self._ids)
            repo.labels[key] = {
                "id": lid, "node_id": f"LA_{lid}",
                "url": f"{self.api_url}/repos/{repo.full_name}/labels/{name}",
                "name": name, "color": color, "default": False, "description": None,
            }
        return repo.labels[key]

    def _new_issue(
        self, repo: Repo, title: str, body: str | None, labels: list[str], user: str,
        created_at: float | None, *, pull_request: bool = False, state: str = "open",
    ) -> JSON:
        number = repo.next_number
        repo.next_number += 1
        ts = self.now() if created_at is None else created_at
        record: JSON = {
            "id": next(self._ids), "number": number, "title": title, "body": body,
            "labels": labels, "state": state, "state_reason": None, "user": user,
            "created_at": ts, "updated_at": ts, "closed_at": ts if state == "closed" else None,
            "pull_request": pull_request, "deleted": False,
        }
        repo.issues[number] = record
        return record

    def _user_json(self, login: str) -> JSON:
        uid = next((t.user_id for t in self.tokens.values() if t.login == login), 1)
        return {"login": login, "id": uid, "node_id": f"U_{uid}", "type": "User",
                "site_admin": False, "url": f"{self.api_url}/users/{login}",
                "html_url": f"{self.url}/{login}"}

    def _render_issue(self, repo: Repo, rec: JSON) -> JSON:
        base = f"{self.api_url}/repos/{repo.full_name}"
        kind = "pull" if rec["pull_request"] else "issues"
        out: JSON = {
            "url": f"{base}/issues/{rec['number']}",
            "repository_url": base,
            "labels_url": f"{base}/issues/{rec['number']}/labels{{/name}}",
            "comments_url": f"{base}/issues/{rec['number']}/comments",
            "events_url": f"{base}/issues/{rec['number']}/events",
            "html_url": f"{self.url}/{repo.full_name}/{kind}/{rec['number']}",
            "id": rec["id"], "node_id": f"I_{rec['id']}", "number": rec["number"],
            "title": rec["title"], "user": self._user_json(rec["user"]),
            "labels": [repo.labels[name.lower()] for name in rec["labels"]],
            "state": rec["state"], "state_reason": rec["state_reason"], "locked": False,
            "assignee": None, "assignees": [], "milestone": None,
            "comments": len(rec.get("_comments", [])),
            "created_at": iso(rec["created_at"]), "updated_at": iso(rec["updated_at"]),
            "closed_at": iso(rec["closed_at"]) if rec["closed_at"] else None,
            "author_association": "NONE", "active_lock_reason": None, "body": rec["body"],
        }
        if rec["pull_request"]:
            out["pull_request"] = {"url": f"{base}/pulls/{rec['number']}",
                                   "html_url": out["html_url"]}
        return out

    def _repo_json(self, repo: Repo, tok: Token | None) -> JSON:
        push = bool(tok and tok.can_push(repo.full_name))
        return {
            "id": repo.id, "node_id": f"R_{repo.id}", "name": repo.name,
            "full_name": repo.full_name, "private": repo.private,
            "owner": self._user_json(repo.owner), "html_url": f"{self.url}/{repo.full_name}",
            "url": f"{self.api_url}/repos/{repo.full_name}", "has_issues": repo.has_issues,
            "archived": repo.archived, "open_issues_count": sum(
                1 for i in repo.issues.values() if i["state"] == "open" and not i["deleted"]),
            "default_branch": "main", "visibility": "private" if repo.private else "public",
            "permissions": {"admin": push, "maintain": push, "push": push, "triage": push,
                            "pull": True},
        }

    # ------------------------------------------------------------------ routing
    @staticmethod
    def _token_value(req: RecordedRequest) -> str | None:
        """The credential sent (token, bearer, or basic password); None when anonymous."""
        header = req.headers.get("authorization", "")
        if not header:
            return None
        scheme, _, value = header.partition(" ")
        value = value.strip()
        if scheme.lower() == "basic":
            try:
                return base64.b64decode(value).decode().partition(":")[2]
            except ValueError:
                return ""
        return value if scheme.lower() in ("token", "bearer") else ""

    def _auth(self, req: RecordedRequest) -> tuple[Token | None, Reply | None]:
        value = self._token_value(req)
        if value is None:
            return None, None
        tok = self.tokens.get(value)
        if tok is None:
            return None, Reply(401, {"message": "Bad credentials", "documentation_url": DOCS,
                                     "status": "401"})
        return tok, None

    def _bucket(self, req: RecordedRequest, tok: Token | None, resource: str) -> Bucket:
        if tok is not None:
            return tok.search if resource == "search" else tok.core
        key = f"{resource}:{req.headers.get('x-forwarded-for', '127.0.0.1')}"
        if key not in self._anon:
            self._anon[key] = Bucket(10 if resource == "search" else self.anonymous_limit,
                                     60.0 if resource == "search" else 3600.0)
        return self._anon[key]

    def finish_reply(self, reply: Reply, req: RecordedRequest) -> Reply:
        """Add x-ratelimit-* (from the token's budget unless the fault set them) and ids."""
        with self.lock:
            tok = self.tokens.get(self._token_value(req) or "")
            resource = "search" if req.path.endswith("/search/issues") else "core"
            bucket = self._bucket(req, tok, resource)
            bucket.roll(self.now())
            headers = {
                "x-ratelimit-limit": str(bucket.limit),
                "x-ratelimit-remaining": str(bucket.remaining),
                "x-ratelimit-reset": str(bucket.reset),
                "x-ratelimit-used": str(bucket.used),
                "x-ratelimit-resource": resource,
                "x-github-media-type": "github.v3; format=json",
                "x-github-request-id": uuid.uuid4().hex[:20].upper(),
                "x-github-api-version-selected": "2022-11-28",
            }
        headers.update(reply.headers)
        reply.headers = headers
        return reply

    _ROUTES: list[tuple[str, re.Pattern[str], str]] = [
        ("GET", re.compile(r"/rate_limit"), "_get_rate_limit"),
        ("GET", re.compile(r"/user"), "_get_user"),
        ("GET", re.compile(r"/search/issues"), "_search_issues"),
        ("GET", re.compile(r"/repos/(?P<o>[^/]+)/(?P<r>[^/]+)"), "_get_repo"),
        ("GET", re.compile(r"/repos/(?P<o>[^/]+)/(?P<r>[^/]+)/issues"), "_list_issues"),
        ("POST", re.compile(r"/repos/(?P<o>[^/]+)/(?P<r>[^/]+)/issues"), "_create_issue"),
        ("GET", re.compile(r"/repos/(?P<o>[^/]+)/(?P<r>[^/]+)/issues/(?P<n>\d+)"), "_get_issue"),
        ("PATCH", re.compile(r"/repos/(?P<o>[^/]+)/(?P<r>[^/]+)/issues/(?P<n>\d+)"),
         "_patch_issue"),
        ("GET", re.compile(r"/repos/(?P<o>[^/]+)/(?P<r>[^/]+)/labels"), "_list_labels"),
        ("POST", re.compile(r"/repos/(?P<o>[^/]+)/(?P<r>[^/]+)/issues/(?P<n>\d+)/comments"),
         "_create_comment"),
        ("GET", re.compile(r"/repos/(?P<o>[^/]+)/(?P<r>[^/]+)/issues/(?P<n>\d+)/comments"),
         "_list_comments"),
    ]

    def route(self, req: RecordedRequest) -> Reply:
        """Authenticate, charge the budget, dispatch."""
        path = req.path
        if self.api_prefix:
            if not path.startswith(self.api_prefix + "/"):
                return Reply(404, {"message": "Not Found", "documentation_url": DOCS})
            path = path[len(self.api_prefix):]
        path = path.rstrip("/") or "/"
        with self.lock:
            tok, denied = self._auth(req)
            if denied is not None:
                return denied
            if path != "/rate_limit":
                resource = "search" if path == "/search/issues" else "core"
                bucket = self._bucket(req, tok, resource)
                bucket.roll(self.now())
                if bucket.remaining <= 0:
                    uid = tok.user_id if tok else 0
                    return Reply(403, {
                        "message": PRIMARY_MESSAGE.format(uid=uid),
                        "documentation_url": RATE_DOCS + "#about-primary-rate-limits"})
                bucket.remaining -= 1
            return self.dispatch(req, path, tok) or self._not_found()

    def _not_found(self) -> Reply:
        return Reply(404, {"message": "Not Found", "documentation_url": DOCS, "status": "404"})

    def _visible_repo(self, tok: Token | None, o: str, r: str) -> Repo | None:
        repo = self.repos.get(f"{o}/{r}".lower())
        if repo is None:
            return None
        if repo.private and (tok is None or (tok.repos is not None
                                             and repo.full_name not in tok.repos)):
            return None  # GitHub hides private repositories behind 404, not 403
        return repo

    def _get_rate_limit(self, req: RecordedRequest, tok: Token | None) -> Reply:
        core = self._bucket(req, tok, "core")
        search = self._bucket(req, tok, "search")
        core.roll(self.now())
        search.roll(self.now())

        def as_json(b: Bucket) -> JSON:
            return {"limit": b.limit, "remaining": b.remaining, "reset": b.reset, "used": b.used}

        return Reply(200, {"resources": {"core": as_json(core), "search": as_json(search)},
                           "rate": as_json(core)})

    def _get_user(self, req: RecordedRequest, tok: Token | None) -> Reply:
        if tok is None:
            return Reply(401, {"message": "Requires authentication", "documentation_url": DOCS,
                               "status": "401"})
        return Reply(200, self._user_json(tok.login))

    def _get_repo(self, req: RecordedRequest, tok: Token | None, o: str, r: str) -> Reply:
        repo = self._visible_repo(tok, o, r)
        return Reply(200, self._repo_json(repo, tok)) if repo else self._not_found()

    def _list_labels(self, req: RecordedRequest, tok: Token | None, o: str, r: str) -> Reply:
        repo = self._visible_repo(tok, o, r)
        return Reply(200, list(repo.labels.values())) if repo else self._not_found()

    def _create_issue(self, req: RecordedRequest, tok: Token | None, o: str, r: str) -> Reply:
        if tok is None:
            return Reply(401, {"message": "Requires authentication", "documentation_url": DOCS,
                               "status": "401"})
        repo = self._visible_repo(tok, o, r)
        if repo is None:
            return self._not_found()
        doc = DOCS + "/issues/issues#create-an-issue"
        if repo.archived:
            return Reply(403, {"message": "Repository was archived so is read-only.",
                               "documentation_url": doc, "status": "403"})
        if not repo.has_issues:
            return Reply(410, {"message": "Issues are disabled for this repo",
                               "documentation_url": doc, "status": "410"})
        data = req.json
        if not isinstance(data, dict):
            return Reply(400, {"message": "Problems parsing JSON", "documentation_url": doc,
                               "status": "400"})
        title = data.get("title")
        if title is None or (isinstance(title, str) and not title.strip()):
            return Reply(422, {"message": "Validation Failed", "errors": [
                {"resource": "Issue", "code": "missing_field", "field": "title"}],
                "documentation_url": doc, "status": "422"})
        if not isinstance(title, str | int):
            return Reply(422, {"message": f"Invalid request.\n\nFor 'properties/title', {title!r}"
                               " is not a string or integer.", "documentation_url": doc,
                               "status": "422"})
        title = str(title)
        body = data.get("body")
        if body is not None and not isinstance(body, str):
            return Reply(422, {"message": f"Invalid request.\n\nFor 'properties/body', {body!r}"
                               " is not a string or null.", "documentation_url": doc,
                               "status": "422"})
        errors = []
        if len(title) > 256:
            errors.append({"resource": "Issue", "code": "custom", "field": "title",
                           "message": "title is too long (maximum is 256 characters)"})
        if body is not None and len(body) > 65536:
            errors.append({"resource": "Issue", "code": "custom", "field": "body",
                           "message": "body is too long (maximum is 65536 characters)"})
        if errors:
            return Reply(422, {"message": "Validation Failed", "errors": errors,
                               "documentation_url": doc, "status": "422"})
        raw_labels = data.get("labels") or []
        if not isinstance(raw_labels, list):
            return Reply(422, {"message": "Invalid request.\n\nFor 'properties/labels', "
                               f"{raw_labels!r} is not an array.", "documentation_url": doc,
                               "status": "422"})
        names: list[str] = []
        for item in raw_labels:
            name = item.get("name") if isinstance(item, dict) else item
            if not isinstance(name, str) or not name.strip():
                return Reply(422, {"message": "Validation Failed", "errors": [
                    {"resource": "Label", "code": "invalid", "field": "name", "value": name}],
                    "documentation_url": doc, "status": "422"})
            names.append(name)
        push = tok.can_push(repo.full_name)
        unknown = [n for n in names if n.lower() not in repo.labels]
        if unknown and not push:
            # field-notes: without push access GitHub answers 403 rather than creating labels
            return Reply(403, {"message": "You do not have permission to create labels on this"
                               " repository.", "errors": [
                                   {"resource": "Repository", "field": "label",
                                    "code": "unauthorized"}],
                               "documentation_url": doc, "status": "403"})
        if not push:
            names = []  # documented: labels from users without push access are silently dropped
        final: list[str] = []
        for n in names:
            label = self._create_label(repo, n)
            if label["name"] not in final:
                final.append(label["name"])
        rec = self._new_issue(repo, title, body, final, tok.login, None)
        out = self._render_issue(repo, rec)
        out["author_association"] = "OWNER" if push else "NONE"
        return Reply(201, out, {"location": out["url"]})

    def _issue_or_error(self, tok: Token | None, o: str, r: str, n: str) -> tuple[
            Repo | None, JSON | None, Reply | None]:
        repo = self._visible_repo(tok, o, r)
        if repo is None:
            return None, None, self._not_found()
        rec = repo.issues.get(int(n))
        if rec is None:
            return repo, None, self._not_found()
        if rec["deleted"]:
            return repo, None, Reply(410, {"message": "This issue was deleted",
                                           "documentation_url": DOCS, "status": "410"})
        return repo, rec, None

    def _get_issue(self, req: RecordedRequest, tok: Token | None, o: str, r: str,
                   n: str) -> Reply:
        repo, rec, err = self._issue_or_error(tok, o, r, n)
        if err is not None or repo is None or rec is None:
            return err or self._not_found()
        if not repo.has_issues and not rec["pull_request"]:
            return Reply(410, {"message": "Issues are disabled for this repo",
                               "documentation_url": DOCS, "status": "410"})
        return Reply(200, self._render_issue(repo, rec))

    def _patch_issue(self, req: RecordedRequest, tok: Token | None, o: str, r: str,
                     n: str) -> Reply:
        if tok is None:
            return Reply(401, {"message": "Requires authentication", "documentation_url": DOCS,
                               "status": "401"})
        repo, rec, err = self._issue_or_error(tok, o, r, n)
        if err is not None or repo is None or rec is None:
            return err or self._not_found()
        if not (tok.can_push(repo.full_name) or tok.login == rec["user"]):
            return Reply(403, {"message": "Must have admin rights to Repository.",
                               "documentation_url": DOCS, "status": "403"})
        data = req.json
        if not isinstance(data, dict):
            return Reply(400, {"message": "Problems parsing JSON", "documentation_url": DOCS})
        if "state" in data:
            if data["state"] not in ("open", "closed"):
                return Reply(422, {"message": "Validation Failed", "errors": [
                    {"resource": "Issue", "code": "invalid", "field": "state"}],
                    "documentation_url": DOCS, "status": "422"})
            if data["state"] != rec["state"]:
                rec["state"] = data["state"]
                rec["closed_at"] = self.now() if data["state"] == "closed" else None
                rec["state_reason"] = data.get("state_reason") or (
                    "completed" if data["state"] == "closed" else "reopened")
        if "title" in data:
            if not isinstance(data["title"], str) or not data["title"].strip():
                return Reply(422, {"message": "Validation Failed", "errors": [
                    {"resource": "Issue", "code": "missing_field", "field": "title"}],
                    "documentation_url": DOCS, "status": "422"})
            rec["title"] = data["title"]
        if "body" in data:
            rec["body"] = data["body"]
        if "labels" in data and isinstance(data["labels"], list):
            rec["labels"] = [self._create_label(repo, str(x))["name"] for x in data["labels"]]
        rec["updated_at"] = self.now()
        return Reply(200, self._render_issue(repo, rec))

    def _int_param(self, req: RecordedRequest, name: str, default: int, lo: int,
                   hi: int) -> int:
        try:
            value = int(req.param(name) or default)
        except ValueError:
            value = default
        return max(lo, min(hi, value))

    def _link_header(self, req: RecordedRequest, page: int, per_page: int, total: int) -> str:
        last = max(1, math.ceil(total / per_page))
        links = []

        def url(p: int) -> str:
            params = {k: v[0] for k, v in req.query.items()}
            params.update(page=str(p), per_page=str(per_page))
            return f"{self.url}{req.path}?{urlencode(params)}"

        if page < last:
            links += [f'<{url(page + 1)}>; rel="next"', f'<{url(last)}>; rel="last"']
        if page > 1:
            links = [f'<{url(page - 1)}>; rel="prev"', f'<{url(1)}>; rel="first"'] + links
        return ", ".join(links)

    def _list_issues(self, req: RecordedRequest, tok: Token | None, o: str, r: str) -> Reply:
        repo = self._visible_repo(tok, o, r)
        if repo is None:
            return self._not_found()
        if not repo.has_issues:
            return Reply(410, {"message": "Issues are disabled for this repo",
                               "documentation_url": DOCS, "status": "410"})
        state = req.param("state", "open")
        if state not in ("open", "closed", "all"):
            return Reply(422, {"message": "Validation Failed", "errors": [
                {"resource": "Issue", "code": "invalid", "field": "state"}],
                "documentation_url": DOCS, "status": "422"})
        sort = req.param("sort", "created")
        direction = req.param("direction", "desc")
        per_page = self._int_param(req, "per_page", 30, 1, 100)
        page = self._int_param(req, "page", 1, 1, 10**6)
        wanted = {x.strip().lower() for x in (req.param("labels") or "").split(",") if x.strip()}
        items = [i for i in repo.issues.values() if not i["deleted"]
                 and (state == "all" or i["state"] == state)
                 and wanted <= {name.lower() for name in i["labels"]}]
        key = {"created": "created_at", "updated": "updated_at"}.get(sort or "", "created_at")
        items.sort(key=lambda i: (i[key], i["number"]), reverse=direction != "asc")
        chunk = items[(page - 1) * per_page: page * per_page]
        headers = {}
        link = self._link_header(req, page, per_page, len(items))
        if link:
            headers["link"] = link
        return Reply(200, [self._render_issue(repo, i) for i in chunk], headers)

    def _search_issues(self, req: RecordedRequest, tok: Token | None) -> Reply:
        q = (req.param("q") or "").strip()
        if not q:
            return Reply(422, {"message": "Validation Failed", "errors": [
                {"resource": "Search", "field": "q", "code": "missing"}],
                "documentation_url": DOCS + "/search/search#search-issues-and-pull-requests",
                "status": "422"})
        try:
            terms = shlex.split(q)
        except ValueError:
            terms = q.split()
        repos: list[str] = []
        words: list[str] = []
        fields = {"title", "body"}
        state = kind = None
        labels: list[str] = []
        for term in terms:
            key, sep, value = term.partition(":")
            key = key.lower()
            if sep and key == "repo":
                repos.append(value.lower())
            elif sep and key in ("is", "state", "type"):
                if value in ("open", "closed"):
                    state = value
                elif value in ("issue", "pr"):
                    kind = value
            elif sep and key == "in":
                fields = {f for f in value.split(",") if f in ("title", "body")} or fields
            elif sep and key == "label":
                labels.append(value.lower())
            else:
                words.append(term.lower())
        cutoff = self.now() - self.search_lag
        found: list[tuple[Repo, JSON]] = []
        for repo in self.repos.values():
            if repos and repo.full_name.lower() not in repos:
                continue
            if self._visible_repo(tok, repo.owner, repo.name) is None:
                continue
            for rec in repo.issues.values():
                if rec["deleted"]:
                    continue
                if rec["created_at"] > cutoff and rec["created_at"] > self._search_flushed_at:
                    continue  # not indexed yet: search lags behind writes
                if state and rec["state"] != state:
                    continue
                if kind and (kind == "pr") != rec["pull_request"]:
                    continue
                if not set(labels) <= {n.lower() for n in rec["labels"]}:
                    continue
                text = " ".join(str(rec[f] or "") for f in fields).lower()
                if all(w in text for w in words):
                    found.append((repo, rec))
        found.sort(key=lambda x: x[1]["created_at"], reverse=True)
        per_page = self._int_param(req, "per_page", 30, 1, 100)
        page = self._int_param(req, "page", 1, 1, 10**6)
        chunk = found[(page - 1) * per_page: page * per_page]
        items = [dict(self._render_issue(repo, rec), score=1.0) for repo, rec in chunk]
        headers = {}
        link = self._link_header(req, page, per_page, len(found))
        if link:
            headers["link"] = link
        return Reply(200, {"total_count": len(found), "incomplete_results": False,
                           "items": items}, headers)
