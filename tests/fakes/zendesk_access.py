"""What the Zendesk fake knows about who may see which ticket: roles, restrictions, groups.

Follows the public contract of the Users and Group Memberships APIs:

* a user's ``role`` is ``end-user``, ``agent`` or ``admin``; ``restricted_agent`` is false for
  admins and for agents who see every ticket, true otherwise; ``ticket_restriction`` is null
  for those, else ``assigned``, ``groups``, ``organization`` or ``requested`` (end users are
  always ``requested``); ``custom_role_id`` names an Enterprise custom role, when any;
* ``GET /api/v2/users/{id}/group_memberships.json`` lists ``{"id", "user_id", "group_id",
  "default", "created_at", "updated_at", "url"}`` with offset pagination (``per_page`` up to
  100, ``page``, ``next_page``, ``count``) or cursor pagination (``page[size]``,
  ``page[after]``, ``meta.has_more``, ``links.next``); an unknown user is a 404;
* tickets carry ``assignee_id``, ``group_id`` and ``organization_id``.
"""

from __future__ import annotations

import base64
from typing import Any
from urllib.parse import urlencode

from tests.fakes._base import JSON, RecordedRequest, Reply

ROLES = ("end-user", "agent", "admin")
RESTRICTIONS = ("assigned", "groups", "organization", "requested")
NOT_FOUND = {"error": "RecordNotFound", "description": "Not found"}


class ZendeskAccessMixin:
    """Groups, memberships and agent restrictions for ZendeskFake (which supplies the state)."""

    users: dict[int, JSON]
    tickets: dict[int, JSON]
    lock: Any
    url: str
    _ids: Any

    def _init_access_state(self) -> None:
        self.groups: dict[int, JSON] = {}
        self.group_memberships: list[JSON] = []

    def access_fields(self, role: str) -> JSON:
        """The restriction fields of a new user of ``role`` (what Zendesk answers by default)."""
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}")
        end_user = role == "end-user"
        return {"restricted_agent": end_user, "ticket_restriction": "requested" if end_user
                else None, "custom_role_id": None, "default_group_id": None,
                "role_type": 4 if role == "admin" else None}

    def restrict_agent(self, user_id: int, restriction: str | None, *,
                       custom_role_id: int | None = None) -> None:
        """Limit an agent to ``restriction`` (None: sees every ticket again)."""
        if restriction is not None and restriction not in RESTRICTIONS:
            raise ValueError(f"restriction must be one of {RESTRICTIONS} or None")
        with self.lock:
            user = self.users[user_id]
            if user["role"] != "agent":
                raise ValueError("only agents can be restricted (admins see every ticket)")
            user.update(restricted_agent=restriction is not None, ticket_restriction=restriction,
                        custom_role_id=custom_role_id, role_type=0 if custom_role_id else None)

    def add_group(self, name: str, *, id: int | None = None) -> int:
        """Create a group; returns its id."""
        with self.lock:
            gid = id if id is not None else next(self._ids)
            self.groups[gid] = {"id": gid, "url": f"{self.url}/api/v2/groups/{gid}.json",
                                "name": name, "description": "", "default": False,
                                "deleted": False, "is_public": True}
            return gid

    def add_group_membership(self, user_id: int, group_id: int) -> int:
        """Put an agent in a group (the first one is the default); returns the membership id."""
        with self.lock:
            if self.users[user_id]["role"] == "end-user":
                raise ValueError("end users cannot belong to groups")
            if group_id not in self.groups:
                raise KeyError(group_id)
            first = not any(m["user_id"] == user_id for m in self.group_memberships)
            mid = next(self._ids)
            stamp = "2024-01-01T00:00:00Z"
            self.group_memberships.append({
                "id": mid, "url": f"{self.url}/api/v2/group_memberships/{mid}.json",
                "user_id": user_id, "group_id": group_id, "default": first,
                "created_at": stamp, "updated_at": stamp})
            if first:
                self.users[user_id]["default_group_id"] = group_id
            return mid

    def assign_ticket(self, ticket_id: int, *, assignee_id: int | None = None,
                      group_id: int | None = None) -> None:
        """Set a ticket's assignee and group (Zendesk: an assignee implies a group)."""
        with self.lock:
            self.tickets[ticket_id].update(assignee_id=assignee_id, group_id=group_id)

    # ------------------------------------------------------------------ handlers
    def _get_group_memberships(self, req: RecordedRequest, uid: int, user_id: str) -> Reply:
        if int(user_id) not in self.users:
            return Reply(404, NOT_FOUND)
        items = [dict(m) for m in self.group_memberships if m["user_id"] == int(user_id)]
        return self._listing(req, "group_memberships", items)

    def _listing(self, req: RecordedRequest, key: str, items: list[JSON]) -> Reply:
        """One page of ``items`` under ``key``, with cursor or offset pagination as asked."""
        base = f"{self.url}{req.path}"
        size_param = req.param("page[size]")
        try:
            if size_param is not None:
                size = max(1, min(100, int(size_param)))
                after = req.param("page[after]")
                start = int(base64.urlsafe_b64decode(after + "==").decode()) + 1 if after else 0
            else:
                size = max(1, min(100, int(req.param("per_page") or 100)))
                start = (max(1, int(req.param("page") or 1)) - 1) * size
        except ValueError:
            return Reply(400, {"error": "InvalidPaginationParameter",
                               "description": "invalid page parameters"})
        chunk = items[start:start + size]
        more = start + size < len(items)
        if size_param is not None:
            cursor = base64.urlsafe_b64encode(str(start + len(chunk) - 1).encode()).decode()
            after_query = urlencode({"page[size]": size, "page[after]": cursor})
            return Reply(200, {key: chunk, "meta": {"has_more": more, "after_cursor": cursor,
                                                    "before_cursor": None},
                               "links": {"next": f"{base}?{after_query}" if more else None,
                                         "prev": None}})
        page = start // size + 1

        def page_url(number: int) -> str:
            return f"{base}?{urlencode({'page': number, 'per_page': size})}"

        return Reply(200, {key: chunk, "count": len(items),
                           "next_page": page_url(page + 1) if more else None,
                           "previous_page": page_url(page - 1) if page > 1 else None})
