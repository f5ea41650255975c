"""An in-memory fake of the Zendesk Support API v2 (the subset RFH uses), served over real HTTP.

Follows the public contract (developer.zendesk.com/api-reference): basic auth with
``{email}/token:{api_token}``; tickets, ticket comments (cursor and offset pagination), the
ticket update PUT (comment, tags, custom_fields, status, priority, safe_update), the tags
endpoints (GET list / PUT add / POST set / DELETE remove), users, organizations, and the
cursor-based incremental ticket export. Errors use Zendesk's shapes, e.g. 404
``{"error": "RecordNotFound", "description": "Not found"}``.

zenpy has no base-URL argument; point it here with the environment (see ``zenpy_env()``):
``ZENPY_FORCE_SCHEME=http`` and ``ZENPY_FORCE_NETLOC=127.0.0.1:PORT`` (a subdomain is still
required by zenpy but not used for routing).

Requests zenpy 2.0.57 sends for what RFH does (read from its source, checked against this fake):
    tickets(id=N)              GET  /api/v2/tickets/N.json
    tickets.comments(N)        GET  /api/v2/tickets/N/comments.json?include_inline_images=false
                                    &page[size]=100   then links.next while meta.has_more
    users(id=N)                GET  /api/v2/users/N.json
    users(ids=[...])           GET  /api/v2/users/show_many.json?ids=1,2
    organizations(id=N)        GET  /api/v2/organizations/N.json
    users.group_memberships(N) GET  /api/v2/users/N/group_memberships.json   (see zendesk_access)
    tickets.update(Ticket)     PUT  /api/v2/tickets/N.json  {"ticket": {only the set attributes}}
    tickets.add_tags(N, tags)  PUT  /api/v2/tickets/N/tags.json {"tags": [...]}   (adds)
    tickets.set_tags(N, tags)  POST /api/v2/tickets/N/tags.json {"tags": [...]}   (replaces)
    tickets.delete_tags(N, t)  DELETE /api/v2/tickets/N/tags.json {"tags": [...]}
    tickets.incremental(start_time=T[, per_page=P])
                               GET  /api/v2/incremental/tickets/cursor.json?start_time=T&per_page=P
    tickets.incremental(cursor=C)
                               GET  /api/v2/incremental/tickets/cursor.json?cursor=C
"""

from __future__ import annotations

import base64
import html
import itertools
import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from tests.fakes._base import JSON, FakeServer, Fault, RecordedRequest, Reply
from tests.fakes.zendesk_access import ZendeskAccessMixin
from tests.fakes.zendesk_webhooks import ZendeskWebhooksMixin

DEFAULT_SUBDOMAIN = "acme"
DEFAULT_EMAIL = "agent@acme.test"
DEFAULT_TOKEN = "zd-fake-api-token"
# The seeded agent's user id: the one tests' tokens and the demo page's currentUser name.
DEFAULT_AGENT_ID = 7001

STATUSES = ("new", "open", "pending", "hold", "solved", "closed")
PRIORITIES = ("urgent", "high", "normal", "low")
NOT_FOUND = {"error": "RecordNotFound", "description": "Not found"}


def iso(ts: float) -> str:
    """Zendesk's timestamp format: 2024-01-01T12:00:00Z."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _invalid(field: str, description: str, error: str = "InvalidValue") -> Reply:
    return Reply(422, {"error": "RecordInvalid", "description": "Record validation errors",
                       "details": {field: [{"description": description, "error": error}]}})


class ZendeskFake(ZendeskWebhooksMixin, ZendeskAccessMixin, FakeServer):
    """The fake Zendesk server. See module docstring; every public method is thread-safe."""

    name = "zendesk-fake"

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *,
                 subdomain: str = DEFAULT_SUBDOMAIN) -> None:
        super().__init__(host, port)
        self.subdomain = subdomain
        self.rate_limit_per_minute: int | None = None  # None: unlimited (Zendesk: 200-2500)
        self.export_per_minute: int | None = None  # None: unlimited (Zendesk: 10)
        self.export_min_age = 60.0  # start_time must be this many seconds in the past
        self._ids = itertools.count(90001)
        self._init_state()

    def _init_state(self) -> None:
        self.credentials: dict[tuple[str, str], int] = {}  # (email, api token) -> user id
        self.users: dict[int, JSON] = {}
        self.orgs: dict[int, JSON] = {}
        self.tickets: dict[int, JSON] = {}
        self.comments: dict[int, list[JSON]] = {}
        self.ticket_fields: dict[int, JSON] = {}
        self._windows: dict[str, tuple[int, int]] = {}  # bucket -> (minute, count)
        self._init_access_state()
        self._init_webhooks()

    def reset(self) -> None:
        """Forget all records, credentials, the request log and faults."""
        with self.lock:
            super().reset()
            self._init_state()

    def zenpy_env(self) -> dict[str, str]:
        """Environment variables that make zenpy talk to this fake."""
        return {"ZENPY_FORCE_SCHEME": "http", "ZENPY_FORCE_NETLOC": self.netloc}

    # ------------------------------------------------------------------ seeding
    def seed_defaults(self) -> ZendeskFake:
        """Add the DEFAULT_EMAIL / DEFAULT_TOKEN agent: user DEFAULT_AGENT_ID, sees every ticket."""
        self.add_agent(DEFAULT_EMAIL, DEFAULT_TOKEN, name="Alex Agent", id=DEFAULT_AGENT_ID)
        return self

    def add_agent(self, email: str, token: str, *, name: str = "Agent",
                  role: str = "agent", id: int | None = None) -> int:
        """Create an agent user whose API token authenticates; returns the user id."""
        uid = self.add_user(name, email, role=role, id=id)
        with self.lock:
            self.credentials[(email, token)] = uid
        return uid

    def add_user(self, name: str, email: str | None = None, *, role: str = "end-user",
                 organization_id: int | None = None, id: int | None = None,
                 active: bool = True) -> int:
        """Create a user; returns its id."""
        with self.lock:
            uid = id if id is not None else next(self._ids)
            ts = self.now()
            self.users[uid] = {
                "id": uid, "url": f"{self.url}/api/v2/users/{uid}.json", "name": name,
                "email": email, "role": role, "organization_id": organization_id,
                "active": active, "verified": True, "suspended": False, "time_zone": "UTC",
                "locale": "en-US", "tags": [], "details": "", "notes": "", "phone": None,
                "user_fields": {}, "created_at": iso(ts), "updated_at": iso(ts),
                **self.access_fields(role),
            }
            return uid

    def add_org(self, name: str, *, tags: list[str] | tuple[str, ...] = (),
                domain_names: list[str] | tuple[str, ...] = (), id: int | None = None) -> int:
        """Create an organization; returns its id."""
        with self.lock:
            oid = id if id is not None else next(self._ids)
            ts = self.now()
            self.orgs[oid] = {
                "id": oid, "url": f"{self.url}/api/v2/organizations/{oid}.json", "name": name,
                "tags": list(tags), "domain_names": list(domain_names), "details": "", "notes": "",
                "group_id": None, "shared_tickets": False, "shared_comments": False,
                "external_id": None, "organization_fields": {},
                "created_at": iso(ts), "updated_at": iso(ts),
            }
            return oid

    def add_ticket_field(self, field_id: int, *, title: str = "Field", type: str = "text",
                         options: list[str] | None = None) -> None:
        """Declare a custom field; a "tagger" field with options rejects other values (422)."""
        with self.lock:
            self.ticket_fields[field_id] = {"id": field_id, "title": title, "type": type,
                                            "options": options}

    def add_ticket(
        self, subject: str, description: str = "", *, requester_id: int | None = None,
        organization_id: int | None = None, status: str = "open", priority: str | None = None,
        tags: list[str] | tuple[str, ...] = (), custom_fields: dict[int, Any] | None = None,
        comments: list[str | JSON] | None = None, attachments: list[JSON] | None = None,
        created_at: float | None = None, updated_at: float | None = None,
        id: int | None = None, assignee_id: int | None = None, group_id: int | None = None,
        collaborator_ids: list[int] | tuple[int, ...] = (),
    ) -> int:
        """Create a ticket whose first comment is the description; returns its id.

        ``comments`` are appended after it: plain strings (public, by the requester) or dicts
        with body, public, author_id, attachments, created_at. ``attachments`` go on the first
        comment; each is {"file_name", "content_type"?, "size"?}.
        """
        with self.lock:
            tid = id if id is not None else next(self._ids)
            created = self.now() if created_at is None else created_at
            fields = [{"id": k, "value": v} for k, v in (custom_fields or {}).items()]
            self.tickets[tid] = {
                "id": tid, "url": f"{self.url}/api/v2/tickets/{tid}.json", "external_id": None,
                "via": {"channel": "email", "source": {"from": {}, "to": {}, "rel": None}},
                "created_at": created, "updated_at": created, "type": None,
                "subject": subject, "raw_subject": subject, "description": description,
                "priority": priority, "status": status, "recipient": None,
                "requester_id": requester_id, "submitter_id": requester_id,
                "assignee_id": assignee_id, "organization_id": organization_id,
                "group_id": group_id, "collaborator_ids": list(collaborator_ids),
                "follower_ids": [], "email_cc_ids": list(collaborator_ids),
                "forum_topic_id": None, "problem_id": None, "has_incidents": False,
                "is_public": True, "due_at": None, "tags": self._norm_tags(tags),
                "custom_fields": fields, "satisfaction_rating": None,
                "sharing_agreement_ids": [], "custom_status_id": None, "followup_ids": [],
                "ticket_form_id": None, "brand_id": None, "allow_channelback": False,
                "allow_attachments": True, "from_messaging_channel": False,
            }
            self.comments[tid] = []
            self._append_comment(tid, description, public=True, author_id=requester_id,
                                 attachments=attachments or [], created_at=created)
            for i, item in enumerate(comments or []):
                spec: JSON = {"body": item} if isinstance(item, str) else dict(item)
                self._append_comment(
                    tid, spec["body"], public=spec.get("public", True),
                    author_id=spec.get("author_id", requester_id),
                    attachments=spec.get("attachments", []),
                    created_at=spec.get("created_at", created + i + 1),
                )
            self.tickets[tid]["updated_at"] = updated_at if updated_at is not None else max(
                [created] + [c["_ts"] for c in self.comments[tid]])
            return tid

    def add_comment(self, ticket_id: int, body: str, *, public: bool = True,
                    author_id: int | None = None, attachments: list[JSON] | None = None) -> JSON:
        """Append a comment now (bumps updated_at); returns its JSON."""
        with self.lock:
            c = self._append_comment(ticket_id, body, public=public, author_id=author_id,
                                     attachments=attachments or [], created_at=self.now())
            self.tickets[ticket_id]["updated_at"] = self.now()
            return self._render_comment(c)

    def set_ticket(self, ticket_id: int, **changes: Any) -> None:
        """Change stored ticket attributes directly (status, updated_at epoch seconds, ...)."""
        with self.lock:
            self.tickets[ticket_id].update(changes)

    # --------------------------------------------------------------- inspection
    def ticket(self, ticket_id: int) -> JSON:
        """The ticket as the API renders it."""
        with self.lock:
            return self._render_ticket(self.tickets[ticket_id])

    def ticket_tags(self, ticket_id: int) -> list[str]:
        """Current tags of a ticket."""
        with self.lock:
            return list(self.tickets[ticket_id]["tags"])

    def custom_field(self, ticket_id: int, field_id: int) -> Any:
        """Value of a custom field on a ticket (None when unset)."""
        with self.lock:
            for f in self.tickets[ticket_id]["custom_fields"]:
                if f["id"] == field_id:
                    return f["value"]
            return None

    def ticket_comments(self, ticket_id: int) -> list[JSON]:
        """All comments of a ticket as the API renders them, oldest first."""
        with self.lock:
            return [self._render_comment(c) for c in self.comments[ticket_id]]

    def notes(self, ticket_id: int) -> list[str]:
        """Bodies of the private (internal) comments of a ticket."""
        return [c["body"] for c in self.ticket_comments(ticket_id) if not c["public"]]

    # ----------------------------------------------------------- fault helpers
    def error_body(self, status: int) -> Any:
        """Zendesk-style default bodies for injected statuses."""
        if status == 503:
            return "<html><body>Service Unavailable</body></html>"
        return {"error": {500: "InternalServerError", 404: "RecordNotFound",
                          401: "Couldn't authenticate you", 422: "RecordInvalid",
                          409: "UpdateConflict"}.get(status, "Error"),
                "description": f"injected {status}"}

    def too_many_requests(self, method: str, pattern: str, *, retry_after: int = 60,
                          times: int | None = 1) -> Fault:
        """429 with Retry-After (Zendesk's rate-limit answer)."""
        return self.inject(method, pattern, status=429, times=times,
                           headers={"Retry-After": str(retry_after)},
                           body={"error": "APIRateLimitExceeded",
                                 "description": "Number of allowed API requests per minute"
                                 " exceeded"},
                           label=f"429 retry-after {retry_after}")

    # --------------------------------------------------------------- rendering
    def _norm_tags(self, tags: Any) -> list[str]:
        # Zendesk splits on whitespace and keeps each tag once.
        out: list[str] = []
        for tag in tags:
            for part in str(tag).split():
                if part not in out:
                    out.append(part)
        return out

    def _append_comment(self, tid: int, body: str, *, public: bool, author_id: int | None,
                        attachments: list[JSON], created_at: float) -> JSON:
        cid = next(self._ids)
        atts = []
        for a in attachments:
            aid = next(self._ids)
            atts.append({
                "id": aid, "file_name": a["file_name"],
                "content_url": a.get("content_url",
                                     f"https://{self.subdomain}.zendesk.com/attachments/token/"
                                     f"tok{aid}/?name={a['file_name']}"),
                "mapped_content_url": None, "content_type": a.get("content_type",
                                                                  "application/octet-stream"),
                "size": a.get("size", 1024), "width": None, "height": None, "inline": False,
                "deleted": False, "malware_access_override": False,
                "malware_scan_result": "malware_not_found", "thumbnails": [],
            })
        c = {"id": cid, "type": "Comment", "author_id": author_id, "body": body,
             "public": public, "attachments": atts, "audit_id": next(self._ids),
             "_ts": created_at}
        self.comments[tid].append(c)
        return c

    def _render_comment(self, c: JSON) -> JSON:
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in c["body"].split("\n\n"))
        return {
            "id": c["id"], "type": "Comment", "author_id": c["author_id"], "body": c["body"],
            "html_body": f'<div class="zd-comment" dir="auto">{paragraphs}</div>',
            "plain_body": c["body"], "public": c["public"], "attachments": c["attachments"],
            "audit_id": c["audit_id"], "via": {"channel": "api", "source": {
                "from": {}, "to": {}, "rel": None}},
            "created_at": iso(c["_ts"]), "metadata": {"system": {}, "custom": {}},
        }

    def _render_ticket(self, t: JSON) -> JSON:
        out = dict(t)
        out["created_at"] = iso(t["created_at"])
        out["updated_at"] = iso(t["updated_at"])
        out["generated_timestamp"] = int(t["updated_at"])
        out["fields"] = [dict(f) for f in t["custom_fields"]]
        out["custom_fields"] = [dict(f) for f in t["custom_fields"]]
        out["tags"] = list(t["tags"])
        return out

    # ------------------------------------------------------------------ routing
    def _auth(self, req: RecordedRequest) -> tuple[int | None, Reply | None]:
        header = req.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        if scheme.lower() == "basic":
            try:
                user, _, secret = base64.b64decode(value.strip()).decode().partition(":")
            except ValueError:
                user = secret = ""
            if user.endswith("/token"):
                uid = self.credentials.get((user[: -len("/token")], secret))
                if uid is not None:
                    return uid, None
        return None, Reply(401, {"error": "Couldn't authenticate you"})

    def _rate(self, bucket: str, limit: int | None) -> tuple[dict[str, str], Reply | None]:
        now = self.now()
        minute = int(now // 60)
        count = self._windows.get(bucket, (minute, 0))
        used = count[1] + 1 if count[0] == minute else 1
        self._windows[bucket] = (minute, used)
        cap = limit if limit is not None else 700
        reset = int((minute + 1) * 60 - now) or 1
        headers = {"X-Rate-Limit": str(cap), "X-Rate-Limit-Remaining": str(max(0, cap - used)),
                   "ratelimit-limit": str(cap), "ratelimit-remaining": str(max(0, cap - used)),
                   "ratelimit-reset": str(reset)}
        if limit is not None and used > limit:
            headers["Retry-After"] = str(reset)
            return headers, Reply(429, {"error": "APIRateLimitExceeded",
                                        "description": "Number of allowed API requests per"
                                        " minute exceeded"}, headers)
        return headers, None

    _ROUTES: list[tuple[str, re.Pattern[str], str]] = [
        ("GET", re.compile(r"/api/v2/tickets/(?P<tid>\d+)"), "_get_ticket"),
        ("PUT", re.compile(r"/api/v2/tickets/(?P<tid>\d+)"), "_put_ticket"),
        ("GET", re.compile(r"/api/v2/tickets/(?P<tid>\d+)/comments"), "_get_comments"),
        ("GET", re.compile(r"/api/v2/tickets/(?P<tid>\d+)/tags"), "_tags"),
        ("PUT", re.compile(r"/api/v2/tickets/(?P<tid>\d+)/tags"), "_tags"),
        ("POST", re.compile(r"/api/v2/tickets/(?P<tid>\d+)/tags"), "_tags"),
        ("DELETE", re.compile(r"/api/v2/tickets/(?P<tid>\d+)/tags"), "_tags"),
        ("GET", re.compile(r"/api/v2/users/me"), "_get_me"),
        ("GET", re.compile(r"/api/v2/users/show_many"), "_show_many_users"),
        ("GET", re.compile(r"/api/v2/users/(?P<user_id>\d+)"), "_get_user"),
        ("GET", re.compile(r"/api/v2/users/(?P<user_id>\d+)/group_memberships"),
         "_get_group_memberships"),
        ("GET", re.compile(r"/api/v2/organizations/(?P<oid>\d+)"), "_get_org"),
        ("GET", re.compile(r"/api/v2/incremental/tickets/cursor"), "_export"),
    ]

    def route(self, req: RecordedRequest) -> Reply:
        """Authenticate, apply the rate limit, dispatch."""
        path = req.path[:-5] if req.path.endswith(".json") else req.path
        with self.lock:
            uid, denied = self._auth(req)
            if denied is not None or uid is None:
                return denied or Reply(401, {"error": "Couldn't authenticate you"})
            headers, limited = self._rate("api", self.rate_limit_per_minute)
            if limited is not None:
                return limited
            reply = self.dispatch(req, path, uid)
            if reply is None:
                return Reply(404, {"error": "InvalidEndpoint", "description": "Not found"}, headers)
            reply.headers = {**headers, **reply.headers}
            return reply

    def _ticket_or_404(self, tid: str) -> JSON | None:
        return self.tickets.get(int(tid))

    def _get_ticket(self, req: RecordedRequest, uid: int, tid: str) -> Reply:
        t = self._ticket_or_404(tid)
        return Reply(200, {"ticket": self._render_ticket(t)}) if t else Reply(404, NOT_FOUND)

    def _get_user(self, req: RecordedRequest, uid: int, user_id: str) -> Reply:
        user = self.users.get(int(user_id))
        return Reply(200, {"user": dict(user)}) if user else Reply(404, NOT_FOUND)

    def _show_many_users(self, req: RecordedRequest, uid: int) -> Reply:
        """GET /api/v2/users/show_many.json?ids=1,2: up to 100 ids; unknown ones are left out."""
        raw = req.param("ids") or ""
        try:
            ids = [int(i) for i in raw.split(",") if i.strip()]
        except ValueError:
            return Reply(400, {"error": "InvalidValue", "description": "ids must be numbers"})
        if len(ids) > 100:
            return Reply(400, {"error": "InvalidValue",
                               "description": "ids can hold at most 100 ids"})
        users = [dict(self.users[i]) for i in ids if i in self.users]
        return Reply(200, {"users": users, "next_page": None, "previous_page": None,
                           "count": len(users)})

    def _get_me(self, req: RecordedRequest, uid: int) -> Reply:
        return Reply(200, {"user": dict(self.users[uid])})

    def _get_org(self, req: RecordedRequest, uid: int, oid: str) -> Reply:
        org = self.orgs.get(int(oid))
        return Reply(200, {"organization": dict(org)}) if org else Reply(404, NOT_FOUND)

    def _cursor(self, index: int) -> str:
        return base64.urlsafe_b64encode(f"i{index}".encode()).decode().rstrip("=")

    def _uncursor(self, cursor: str) -> int | None:
        try:
            raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
            return int(raw[1:]) if raw.startswith("i") else None
        except ValueError:
            return None

    def _get_comments(self, req: RecordedRequest, uid: int, tid: str) -> Reply:
        t = self._ticket_or_404(tid)
        if t is None:
            return Reply(404, NOT_FOUND)
        items = [self._render_comment(c) for c in self.comments[int(tid)]]
        if req.param("sort_order", "asc") == "desc":
            items.reverse()
        base = f"{self.url}{req.path}"
        size_param = req.param("page[size]")
        if size_param is not None:  # cursor-based pagination
            try:
                size = max(1, min(100, int(size_param)))
            except ValueError:
                return Reply(400, {"error": "InvalidPaginationParameter",
                                   "description": "page[size] must be an integer"})
            start = 0
            if req.param("page[after]"):
                after = self._uncursor(req.param("page[after]") or "")
                if after is None:
                    return Reply(400, {"error": "InvalidPaginationParameter",
                                       "description": "page[after] is not a valid cursor"})
                start = after + 1
            chunk = items[start:start + size]
            has_more = start + size < len(items)
            last = start + len(chunk) - 1
            keep = {k: v[0] for k, v in req.query.items()
                    if k not in ("page[after]", "page[before]")}
            after_cursor = self._cursor(last) if chunk else None
            before_cursor = self._cursor(start) if chunk else None
            return Reply(200, {
                "comments": chunk,
                "meta": {"has_more": has_more, "after_cursor": after_cursor,
                         "before_cursor": before_cursor},
                "links": {
                    "next": f"{base}?{urlencode({**keep, 'page[after]': after_cursor})}"
                    if has_more and after_cursor else None,
                    "prev": f"{base}?{urlencode({**keep, 'page[before]': before_cursor})}"
                    if start > 0 and before_cursor else None,
                },
            })
        try:  # offset pagination (the API's default when page[size] is absent)
            per_page = max(1, min(100, int(req.param("per_page") or 100)))
            page = max(1, int(req.param("page") or 1))
        except ValueError:
            return Reply(400, {"error": "InvalidPaginationParameter",
                               "description": "page and per_page must be integers"})
        chunk = items[(page - 1) * per_page: page * per_page]
        keep = {k: v[0] for k, v in req.query.items() if k not in ("page",)}

        def page_url(p: int) -> str:
            return f"{base}?{urlencode({**keep, 'page': p, 'per_page': per_page})}"

        return Reply(200, {
            "comments": chunk, "count": len(items),
            "next_page": page_url(page + 1) if page * per_page < len(items) else None,
            "previous_page": page_url(page - 1) if page > 1 else None,
        })

    def _tag_list(self, req: RecordedRequest) -> list[str] | None:
        data = req.json
        if not isinstance(data, dict):
            return None
        tags = data.get("tags")
        if isinstance(tags, str):
            tags = tags.split()
        if not isinstance(tags, list):
            return None
        return self._norm_tags(tags)

    def _tags(self, req: RecordedRequest, uid: int, tid: str) -> Reply:
        t = self._ticket_or_404(tid)
        if t is None:
            return Reply(404, NOT_FOUND)
        if req.method == "GET":
            return Reply(200, {"tags": list(t["tags"])})
        if t["status"] == "closed":
            return _invalid("status", "Status: closed prevents ticket update",
                            "ClosedPreventsUpdate")
        tags = self._tag_list(req)
        if tags is None:
            return Reply(400, {"error": "InvalidValue", "description": "tags must be an array"})
        conflict = self._safe_update_conflict(req.json, t)
        if conflict is not None:
            return conflict
        if req.method == "PUT":  # Add Tags
            t["tags"] = self._norm_tags(list(t["tags"]) + tags)
        elif req.method == "POST":  # Set Tags
            t["tags"] = tags
        else:  # Remove Tags
            t["tags"] = [x for x in t["tags"] if x not in tags]
        t["updated_at"] = self.now()
        return Reply(200, {"tags": list(t["tags"])})

    def _safe_update_conflict(self, data: Any, t: JSON) -> Reply | None:
        if isinstance(data, dict) and str(data.get("safe_update")).lower() == "true":
            if data.get("updated_stamp") != iso(t["updated_at"]):
                return Reply(409, {"error": "UpdateConflict", "description": (
                    "Safe Update prevented the update due to outdated ticket data. "
                    "Please fetch the latest ticket data and try again.")})
        return None

    def _put_ticket(self, req: RecordedRequest, uid: int, tid: str) -> Reply:
        t = self._ticket_or_404(tid)
        if t is None:
            return Reply(404, NOT_FOUND)
        data = req.json
        if not isinstance(data, dict) or not isinstance(data.get("ticket"), dict):
            return Reply(400, {"error": "InvalidValue",
                               "description": "the body must be {\"ticket\": {...}}"})
        upd: JSON = data["ticket"]
        if t["status"] == "closed":
            return _invalid("status", "Status: closed prevents ticket update",
                            "ClosedPreventsUpdate")
        conflict = self._safe_update_conflict(upd, t)
        if conflict is not None:
            return conflict
        if "status" in upd and upd["status"] not in STATUSES:
            return _invalid("status", f"Status: {upd['status']} is not a valid status")
        if "priority" in upd and upd["priority"] not in (*PRIORITIES, None, ""):
            return _invalid("priority", f"Priority: {upd['priority']} is not valid")
        comment = upd.get("comment")
        if comment is not None:
            if not isinstance(comment, dict):
                return _invalid("comment", "Comment: must be an object")
            text = comment.get("body") or comment.get("html_body") or ""
            if not str(text).strip() and not comment.get("uploads"):
                return _invalid("base", "Comment: cannot be blank", "BlankValue")
        fields = upd.get("custom_fields", upd.get("fields"))
        if fields is not None:
            if not isinstance(fields, list) or not all(
                    isinstance(f, dict) and "id" in f for f in fields):
                return _invalid("custom_fields", "custom_fields must be [{id, value}]")
            for f in fields:
                spec = self.ticket_fields.get(int(f["id"]))
                if spec and spec["options"] is not None and f.get("value") not in (
                        *spec["options"], None, ""):
                    return _invalid("base", f"{spec['title']}: {f.get('value')!r} is not a"
                                    " valid option")
        if "tags" in upd and not isinstance(upd["tags"], list | str):
            return _invalid("tags", "tags must be an array")
        # ---- validated: apply (additional_tags/remove_tags only work on update_many: ignored)
        events: list[JSON] = []
        now = self.now()
        if comment is not None:
            body = comment.get("body")
            if body is None:
                body = re.sub(r"<[^>]+>", "", comment.get("html_body", ""))
            c = self._append_comment(int(tid), str(body), public=bool(comment.get("public", True)),
                                     author_id=comment.get("author_id", uid), attachments=[],
                                     created_at=now)
            rendered = self._render_comment(c)
            events.append({k: rendered[k] for k in (
                "id", "type", "author_id", "body", "html_body", "plain_body", "public",
                "attachments", "audit_id")})
        for key in ("status", "priority", "subject", "assignee_id", "group_id", "type"):
            if key in upd and upd[key] != t.get(key):
                events.append({"id": next(self._ids), "type": "Change", "field_name": key,
                               "value": upd[key], "previous_value": t.get(key)})
                if key == "status":  # the solved trigger of docs/install.md
                    self._status_changed(t["id"], t.get(key), upd[key])
                # Zendesk stores an empty priority as null
                t[key] = (upd[key] or None) if key == "priority" else upd[key]
        if "tags" in upd:
            new_tags = self._norm_tags(upd["tags"].split() if isinstance(upd["tags"], str)
                                       else upd["tags"])
            events.append({"id": next(self._ids), "type": "Change", "field_name": "tags",
                           "value": new_tags, "previous_value": list(t["tags"])})
            t["tags"] = new_tags
        if fields is not None:
            current = {f["id"]: f for f in t["custom_fields"]}
            for f in fields:
                fid = int(f["id"])
                previous = current[fid]["value"] if fid in current else None
                if fid in current:
                    current[fid]["value"] = f.get("value")
                else:
                    current[fid] = {"id": fid, "value": f.get("value")}
                    t["custom_fields"].append(current[fid])
                events.append({"id": next(self._ids), "type": "Change", "field_name": str(fid),
                               "value": f.get("value"), "previous_value": previous})
        t["updated_at"] = now
        audit = {"id": next(self._ids), "ticket_id": t["id"], "created_at": iso(now),
                 "author_id": uid, "metadata": {"system": {}, "custom": {}},
                 "via": {"channel": "api", "source": {"from": {}, "to": {}, "rel": None}},
                 "events": events}
        return Reply(200, {"ticket": self._render_ticket(t), "audit": audit})

    def _export_cursor(self, ts: float, tid: int, per_page: int) -> str:
        # Same shape as Zendesk's ("<ts>||<id>|"), with the page size in the last field.
        return base64.b64encode(f"{ts}||{tid}|{per_page}".encode()).decode()

    def _export_uncursor(self, cursor: str) -> tuple[float, int, int] | None:
        try:
            ts, _, rest = base64.b64decode(cursor).decode().partition("||")
            tid, _, per_page = rest.partition("|")
            return float(ts), int(tid), int(per_page or 1000)
        except ValueError:
            return None

    def _export(self, req: RecordedRequest, uid: int) -> Reply:
        headers, limited = self._rate("export", self.export_per_minute)
        if limited is not None:
            return limited
        cursor = req.param("cursor")
        start_time = req.param("start_time")
        try:
            per_page = max(1, min(1000, int(req.param("per_page") or 0))) \
                if req.param("per_page") else None
        except ValueError:
            return Reply(400, {"error": "InvalidValue", "description": "per_page must be an"
                               " integer"})
        if cursor:
            position = self._export_uncursor(cursor)
            if position is None:
                return Reply(400, {"error": "InvalidPaginationParameter",
                                   "description": "Invalid cursor"})
            after_ts, after_id, remembered = position
            size = per_page or remembered
        elif start_time is not None:
            try:
                start = int(start_time)
            except ValueError:
                return Reply(400, {"error": "InvalidValue",
                                   "description": "start_time must be an integer"})
            if start > self.now() - self.export_min_age:
                return Reply(400, {"error": "InvalidValue", "description": (
                    "Too recent start_time. Use a start_time at least one minute in the past")})
            after_ts, after_id, size = start - 1e-6, -1, per_page or 1000
        else:
            return Reply(400, {"error": "InvalidPaginationParameter",
                               "description": "start_time or cursor is required"})
        ordered = sorted(self.tickets.values(), key=lambda t: (t["updated_at"], t["id"]))
        rest = [t for t in ordered if (t["updated_at"], t["id"]) > (after_ts, after_id)]
        chunk = rest[:size]
        end = len(rest) <= size
        last = chunk[-1] if chunk else None
        after = self._export_cursor(last["updated_at"], last["id"], size) if last else \
            self._export_cursor(after_ts, after_id, size)
        before = self._export_cursor(chunk[0]["updated_at"], chunk[0]["id"] - 1, size) \
            if chunk and cursor else None
        base = f"{self.url}/api/v2/incremental/tickets/cursor.json"
        return Reply(200, {
            "tickets": [self._render_ticket(t) for t in chunk],
            "after_cursor": after, "after_url": f"{base}?{urlencode({'cursor': after})}",
            "before_cursor": before,
            "before_url": f"{base}?{urlencode({'cursor': before})}" if before else None,
            "end_of_stream": end,
        }, headers)
