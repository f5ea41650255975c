"""An in-memory fake of the Slack Web API (the methods RFH calls), served over real HTTP.

Follows Slack's contract (docs.slack.dev/reference/methods): every method lives at
``/api/<method>``; the bot token comes as ``Authorization: Bearer xoxb-...`` (or, for form and
query requests, a ``token`` parameter); JSON bodies need the header. A refusal is HTTP 200 with
``{"ok": false, "error": "<code>"}`` (``not_authed``, ``invalid_auth``, ``channel_not_found``,
``not_in_channel``, ``is_archived``, ``no_text``, ``msg_too_long``, ``message_not_found``,
``missing_scope`` with ``needed``/``provided``); a rate limit is HTTP 429 with ``Retry-After``
and ``{"ok": false, "error": "ratelimited"}``; an unknown method is 404 ``unknown_method``.

    chat.postMessage   channel (id, #name or name), text, link_names -> ok, channel (id), ts,
                       message {type, subtype "bot_message", text, bot_id, ts}
    chat.getPermalink  channel (id only), message_ts -> ok, channel, permalink
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

from tests.fakes._base import JSON, FakeServer, Fault, RecordedRequest, Reply

DEFAULT_TOKEN = "xoxb-fake-bot-token"
NO_SCOPE_TOKEN = "xoxb-fake-no-chat-write"
WORKSPACE = "acme"
BOT_ID = "B0FAKEBOT1"
MAX_TEXT = 40_000  # Slack truncates past 40,000 characters; longer is msg_too_long here


@dataclass
class Channel:
    """A channel and whether the bot is in it."""

    id: str
    name: str
    member: bool = True
    archived: bool = False
    messages: list[JSON] = field(default_factory=list)


class SlackFake(FakeServer):
    """The fake Slack server; ``.api_url`` is what SLACK_API_URL should be."""

    name = "slack-fake"

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__(host, port)
        self._init_state()

    def _init_state(self) -> None:
        self.tokens: dict[str, set[str]] = {}  # token -> scopes
        self.channels: dict[str, Channel] = {}  # id -> channel
        self.usergroups: dict[str, str] = {}  # handle without @ -> subteam id
        self._ids = itertools.count(1)
        self._seq = itertools.count(1)

    def reset(self) -> None:
        """Forget channels, tokens, messages, the request log and faults."""
        with self.lock:
            super().reset()
            self._init_state()

    @property
    def api_url(self) -> str:
        """The base URL of the Web API (like https://slack.com/api/)."""
        return f"{self.url}/api/"

    # ------------------------------------------------------------------ seeding
    def seed_defaults(self, channels: list[str] | tuple[str, ...] = ()) -> SlackFake:
        """DEFAULT_TOKEN with chat:write, NO_SCOPE_TOKEN without; the bot is in ``channels``."""
        self.add_token(DEFAULT_TOKEN, scopes={"chat:write"})
        self.add_token(NO_SCOPE_TOKEN, scopes={"channels:read"})
        for name in channels:
            self.add_channel(name)
        return self

    def add_token(self, token: str, *, scopes: set[str]) -> None:
        """A bot token and its scopes."""
        with self.lock:
            self.tokens[token] = set(scopes)

    def add_channel(self, name: str, *, member: bool = True, archived: bool = False) -> str:
        """A channel (name with or without #); returns its id."""
        with self.lock:
            cid = f"C{next(self._ids):09d}"
            self.channels[cid] = Channel(cid, name.lstrip("#"), member, archived)
            return cid

    def add_usergroup(self, handle: str) -> str:
        """A user group whose @handle link_names turns into a mention; returns its id."""
        with self.lock:
            sid = f"S{next(self._ids):09d}"
            self.usergroups[handle.lstrip("@")] = sid
            return sid

    # --------------------------------------------------------------- inspection
    def messages(self, channel: str) -> list[JSON]:
        """Messages posted in a channel (by name or id), oldest first."""
        with self.lock:
            found = self._channel(channel, by_name=True)
            return [dict(m) for m in found.messages] if found else []

    def all_messages(self) -> list[tuple[str, JSON]]:
        """Every posted message as (channel name, message), oldest first."""
        with self.lock:
            found = [(c.name, dict(m)) for c in self.channels.values() for m in c.messages]
        return sorted(found, key=lambda item: float(item[1]["ts"]))

    # ----------------------------------------------------------- fault helpers
    def error_body(self, status: int) -> Any:
        """Slack's shape for injected errors."""
        if status == 429:
            return {"ok": False, "error": "ratelimited"}
        return {"ok": False, "error": "internal_error"} if status >= 500 else None

    def rate_limit(self, method: str, *, retry_after: int = 1, times: int | None = 1) -> Fault:
        """Answer ``method`` (e.g. "chat.postMessage") with 429 and Retry-After."""
        return self.inject("*", f"/api/{method}", status=429, times=times,
                           headers={"Retry-After": str(retry_after)},
                           body={"ok": False, "error": "ratelimited"},
                           label=f"429 retry-after {retry_after}")

    # ------------------------------------------------------------------ serving
    def route(self, req: RecordedRequest) -> Reply:
        """Authenticate, then dispatch /api/<method>."""
        match = re.fullmatch(r"/api/([A-Za-z.]+)", req.path)
        handler = {"chat.postMessage": self._post_message,
                   "chat.getPermalink": self._get_permalink}.get(match.group(1) if match else "")
        if handler is None:
            return Reply(404, {"ok": False, "error": "unknown_method"})
        args, token = self._arguments(req)
        if token is None:
            return _refuse("not_authed")
        with self.lock:
            scopes = self.tokens.get(token)
            if scopes is None:
                return _refuse("invalid_auth")
            return handler(args, scopes)

    def _arguments(self, req: RecordedRequest) -> tuple[JSON, str | None]:
        """The call's arguments and its token, read the ways Slack accepts them."""
        args: JSON = {k: v[0] for k, v in req.query.items()}
        content_type = req.headers.get("content-type", "")
        if req.body and content_type.startswith("application/json"):
            try:
                args.update(json.loads(req.body))
            except ValueError:
                return args, None
        elif req.body:
            args.update({k: v[0] for k, v in parse_qs(req.body.decode()).items()})
        header = req.headers.get("authorization", "")
        if header.lower().startswith("bearer "):
            return args, header[7:].strip()
        if content_type.startswith("application/json"):
            return args, None  # Slack: a JSON body needs the token in the header
        token = args.pop("token", None)
        return args, str(token) if token else None

    def _post_message(self, args: JSON, scopes: set[str]) -> Reply:
        if "chat:write" not in scopes:
            return Reply(200, {"ok": False, "error": "missing_scope", "needed": "chat:write",
                               "provided": ",".join(sorted(scopes))})
        channel = self._channel(str(args.get("channel") or ""), by_name=True)
        if channel is None:
            return _refuse("channel_not_found")
        if channel.archived:
            return _refuse("is_archived")
        if not channel.member:
            return _refuse("not_in_channel")
        text = str(args.get("text") or "")
        if not text.strip():
            return _refuse("no_text")
        if len(text) > MAX_TEXT:
            return _refuse("msg_too_long")
        if _truthy(args.get("link_names")):
            text = re.sub(r"(?<![\w<|])@([a-z0-9][a-z0-9._-]*)", self._mention, text)
        ts = f"{int(self.now())}.{next(self._seq):06d}"
        message = {"type": "message", "subtype": "bot_message", "text": text, "bot_id": BOT_ID,
                   "ts": ts}
        channel.messages.append(message)
        return Reply(200, {"ok": True, "channel": channel.id, "ts": ts, "message": message})

    def _get_permalink(self, args: JSON, scopes: set[str]) -> Reply:
        channel = self.channels.get(str(args.get("channel") or ""))  # an id, not a name
        if channel is None:
            return _refuse("channel_not_found")
        ts = str(args.get("message_ts") or "")
        if not any(m["ts"] == ts for m in channel.messages):
            return _refuse("message_not_found")
        link = f"https://{WORKSPACE}.slack.com/archives/{channel.id}/p{ts.replace('.', '')}"
        return Reply(200, {"ok": True, "channel": channel.id, "permalink": link})

    def _channel(self, ref: str, *, by_name: bool) -> Channel | None:
        if ref in self.channels:
            return self.channels[ref]
        if by_name:
            name = ref.lstrip("#")
            return next((c for c in self.channels.values() if c.name == name), None)
        return None

    def _mention(self, match: re.Match[str]) -> str:
        sid = self.usergroups.get(match.group(1))
        return f"<!subteam^{sid}|@{match.group(1)}>" if sid else match.group(0)


def _refuse(error: str) -> Reply:
    """Slack's refusals are HTTP 200 with ok: false."""
    return Reply(200, {"ok": False, "error": error})


def _truthy(value: Any) -> bool:
    return value is True or str(value).lower() in ("1", "true")
