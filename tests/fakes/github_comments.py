"""The GitHub fake's issue comments and repository webhooks (docs.github.com/rest, /webhooks).

    POST /repos/{o}/{r}/issues/{n}/comments   {"body": "..."} -> 201 the comment
    GET  /repos/{o}/{r}/issues/{n}/comments   oldest first, per_page/page with a Link header

Every created comment queues an ``issue_comment`` delivery (action "created") to the repository's
hooks, signed as GitHub signs: X-Hub-Signature-256 = "sha256=" + hex HMAC-SHA256(secret, body),
with X-GitHub-Event, X-GitHub-Delivery (a GUID, kept on redelivery) and X-GitHub-Hook-ID.
Deliveries are sent by ``send_deliveries()`` (GitHub delivers asynchronously).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from typing import Any

from tests.fakes._base import JSON, RecordedRequest, Reply
from tests.fakes.webhooks import Delivery, Hook, Target, WebhookSender, json_headers

COMMENTS_DOC = "https://docs.github.com/rest/issues/comments#create-an-issue-comment"
MAX_COMMENT = 65536


def _sign(hook: Hook, body: bytes) -> dict[str, str]:
    digest = hmac.new(hook.secret.encode(), body, "sha256").hexdigest()
    return {"X-Hub-Signature-256": f"sha256={digest}",
            "X-Hub-Signature": "sha1=" + hmac.new(hook.secret.encode(), body,
                                                  hashlib.sha1).hexdigest(),
            "X-GitHub-Hook-ID": str(hook.id)}


class GitHubCommentsMixin:
    """Comments and webhooks for GitHubFake (which provides the repos, tokens and lock)."""

    lock: Any
    repos: dict[str, Any]
    url: str

    @property
    def api_url(self) -> str:
        """The API's base URL (GitHubFake's own property answers)."""
        raise NotImplementedError

    def _init_comments(self) -> None:
        self.webhooks = WebhookSender(_sign)

    # ------------------------------------------------------------------ public helpers
    def add_webhook(self, target: Target, secret: str,
                    events: tuple[str, ...] = ("issues", "issue_comment")) -> Hook:
        """Register a repository webhook (every repository of the fake, for simplicity)."""
        return self.webhooks.add(target, secret, events)

    def send_deliveries(self) -> list[Delivery]:
        """Deliver the queued webhook events now."""
        return self.webhooks.send_pending()

    def redeliver(self, delivery_id: str) -> int:
        """Redeliver a past delivery (same body, same GUID); the receiver's status."""
        return self.webhooks.redeliver(delivery_id)

    def issue_comments(self, repo: str, number: int) -> list[JSON]:
        """The comments of an issue as the API renders them, oldest first."""
        with self.lock:
            found = self.repos[repo.lower()]
            rec = found.issues[number]
            return [self._render_comment(found, rec, c) for c in rec.setdefault("_comments", [])]

    # ------------------------------------------------------------------ rendering
    def _render_comment(self, repo: Any, rec: JSON, c: JSON) -> JSON:
        base = f"{self.api_url}/repos/{repo.full_name}"
        return {
            "id": c["id"], "node_id": f"IC_{c['id']}",
            "url": f"{base}/issues/comments/{c['id']}",
            "html_url": f"{self.url}/{repo.full_name}/issues/{rec['number']}"
                        f"#issuecomment-{c['id']}",
            "issue_url": f"{base}/issues/{rec['number']}", "body": c["body"],
            "user": self._user_json(c["user"]),  # type: ignore[attr-defined]
            "created_at": c["created_at"], "updated_at": c["created_at"],
            "author_association": c["association"],
        }

    # ------------------------------------------------------------------ handlers
    def _create_comment(self, req: RecordedRequest, tok: Any, o: str, r: str, n: str) -> Reply:
        if tok is None:
            return Reply(401, {"message": "Requires authentication", "documentation_url":
                               COMMENTS_DOC, "status": "401"})
        repo, rec, err = self._issue_or_error(tok, o, r, n)  # type: ignore[attr-defined]
        if err is not None:
            return err
        data = req.json
        body = data.get("body") if isinstance(data, dict) else None
        if not isinstance(body, str) or not body.strip():
            return Reply(422, {"message": "Validation Failed", "errors": [
                {"resource": "IssueComment", "code": "missing_field", "field": "body"}],
                "documentation_url": COMMENTS_DOC, "status": "422"})
        if len(body) > MAX_COMMENT:
            return Reply(422, {"message": "Validation Failed", "errors": [
                {"resource": "IssueComment", "code": "custom", "field": "body",
                 "message": "body is too long (maximum is 65536 characters)"}],
                "documentation_url": COMMENTS_DOC, "status": "422"})
        comment = {"id": next(self._ids), "body": body, "user": tok.login,  # type: ignore[attr-defined]
                   "association": "MEMBER" if tok.can_push(repo.full_name) else "NONE",
                   "created_at": _iso_now(self)}
        rec.setdefault("_comments", []).append(comment)
        out = self._render_comment(repo, rec, comment)
        payload = {"action": "created",
                   "issue": self._render_issue(repo, rec),  # type: ignore[attr-defined]
                   "comment": out, "repository": self._repo_json(repo, tok),  # type: ignore[attr-defined]
                   "sender": self._user_json(tok.login)}  # type: ignore[attr-defined]
        raw = json.dumps(payload).encode()
        self.webhooks.queue("issue_comment", raw, json_headers({
            "X-GitHub-Event": "issue_comment", "User-Agent": "GitHub-Hookshot/fake"}),
            lambda: str(uuid.uuid4()))
        return Reply(201, out, {"location": out["url"]})

    def _list_comments(self, req: RecordedRequest, tok: Any, o: str, r: str, n: str) -> Reply:
        repo, rec, err = self._issue_or_error(tok, o, r, n)  # type: ignore[attr-defined]
        if err is not None:
            return err
        per_page = self._int_param(req, "per_page", 30, 1, 100)  # type: ignore[attr-defined]
        page = self._int_param(req, "page", 1, 1, 10**6)  # type: ignore[attr-defined]
        items = rec.setdefault("_comments", [])
        chunk = items[(page - 1) * per_page: page * per_page]
        headers = {}
        link = self._link_header(req, page, per_page, len(items))  # type: ignore[attr-defined]
        if link:
            headers["link"] = link
        return Reply(200, [self._render_comment(repo, rec, c) for c in chunk], headers)


def _iso_now(fake: Any) -> str:
    from tests.fakes.github import iso

    return iso(fake.now())
