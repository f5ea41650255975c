"""Thin wrapper over slack_sdk's WebClient: post a hand-off once, fetch its permalink.

What it adds to WebClient, and why:

* One post is one POST. WebClient's default retry handler repeats a request whose connection
  broke, which for ``chat.postMessage`` can post the hand-off twice. It gets no retry handlers;
  a rate limit is waited out here, and only when Slack's ``Retry-After`` fits in ``max_wait``
  (a 429 is a refusal: nothing was posted, so posting again is safe).
* Errors come out as one ``SlackError`` with Slack's own code (``channel_not_found``,
  ``not_in_channel``, ``invalid_auth``...) and a message a support engineer can act on.
* ``outcome_unknown`` marks a post that may have gone through although no answer said so
  (a timeout, a broken connection, a 5xx): the caller must not post it again blindly.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.error import URLError

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from backend.integrations.errors import ExternalServiceError

# Refusals a retry cannot fix until someone changes Slack or the settings.
_WORDS = {
    "channel_not_found": "Slack has no channel {channel} that the bot can see: check the channel "
                         "in model/routing.yaml (a private channel needs the bot invited)",
    "not_in_channel": "The Slack bot is not a member of {channel}: invite it there "
                      "(/invite @your-app in the channel), then retry",
    "is_archived": "{channel} is archived in Slack: unarchive it or change the channel in "
                   "model/routing.yaml",
    "invalid_auth": "Slack refused SLACK_BOT_TOKEN (invalid_auth): check the token",
    "not_authed": "Slack received no token: check SLACK_BOT_TOKEN",
    "account_inactive": "The Slack app behind SLACK_BOT_TOKEN was deactivated or removed",
    "token_revoked": "SLACK_BOT_TOKEN was revoked: install the Slack app again",
    "missing_scope": "SLACK_BOT_TOKEN lacks the chat:write scope: add it to the Slack app",
    "ratelimited": "Slack is rate limiting posts right now",
    "msg_too_long": "The hand-off is too long for Slack",
}
TRANSIENT = frozenset({"ratelimited", "unavailable", "timeout", "internal_error", "fatal_error",
                       "service_unavailable", "request_timeout"})


class SlackError(ExternalServiceError):
    """A failed Slack call: Slack's error code, a plain message, the wait it asked for."""

    def __init__(self, code: str, message: str, *, retry_after: float | None = None,
                 status: int | None = None, outcome_unknown: bool = False) -> None:
        """Record the classification; str(error) is the message."""
        super().__init__(code, message, retry_after=retry_after, status=status)
        self.outcome_unknown = outcome_unknown

    @property
    def transient(self) -> bool:
        """True when the same call may work later (a rate limit, an outage)."""
        return self.code in TRANSIENT


@dataclass(frozen=True)
class Posted:
    """A message Slack accepted: the channel's id and the message's ts identify it."""

    channel_id: str
    ts: str


class SlackPoster:
    """Posts to channels with a bot token (chat:write) and reads permalinks."""

    def __init__(self, token: str, base_url: str, *, timeout: float, max_wait: float) -> None:
        """``max_wait``: the most seconds one post may spend waiting out rate limits."""
        url = base_url if base_url.endswith("/") else base_url + "/"
        self._client = WebClient(token=token, base_url=url, timeout=max(1, round(timeout)),
                                 retry_handlers=[])
        self.max_wait = max_wait

    def post(self, channel: str, text: str) -> Posted:
        """Post ``text`` in ``channel`` (a name like #team or an id), @-handles linked."""
        waited = 0.0
        while True:
            try:
                # link_names turns "@source-support" into a real user-group mention.
                data = self._client.chat_postMessage(channel=channel, text=text,
                                                     link_names=True, unfurl_links=False)
                return Posted(channel_id=str(data["channel"]), ts=str(data["ts"]))
            except SlackApiError as exc:
                error = _api_error(exc, channel, writing=True)
            except (URLError, TimeoutError, OSError) as exc:
                error = _transport_error(exc, writing=True)
            wait = error.retry_after
            if error.code != "ratelimited" or wait is None or waited + wait > self.max_wait:
                raise error
            time.sleep(wait)
            waited += wait

    def permalink(self, channel_id: str, ts: str) -> str:
        """The permalink of a posted message (chat.getPermalink)."""
        try:
            data = self._client.chat_getPermalink(channel=channel_id, message_ts=ts)
        except SlackApiError as exc:
            raise _api_error(exc, channel_id, writing=False) from None
        except (URLError, TimeoutError, OSError) as exc:
            raise _transport_error(exc, writing=False) from None
        return str(data["permalink"])


def _api_error(exc: SlackApiError, channel: str, *, writing: bool) -> SlackError:
    """Slack's answer as a SlackError (ok:false at HTTP 200, a 429, or a server error)."""
    response = exc.response
    status = int(response.status_code)
    data = response.data if isinstance(response.data, dict) else {}
    code = str(data.get("error") or f"http_{status}")
    if status == 429:
        retry_after = _seconds(response.headers.get("Retry-After")
                               or response.headers.get("retry-after"))
        return SlackError("ratelimited", _WORDS["ratelimited"] + ".",
                          retry_after=retry_after if retry_after is not None else 30.0,
                          status=status)
    if status >= 500:  # Slack may have posted before failing: never post it again blindly
        return SlackError("unavailable", f"Slack answered HTTP {status}", status=status,
                          outcome_unknown=writing)
    words = _WORDS.get(code, "Slack refused the call ({code})")
    return SlackError(code, words.format(channel=channel, code=code) + ".", status=status)


def _transport_error(exc: BaseException, *, writing: bool) -> SlackError:
    """No answer from Slack: refused before sending (safe to retry) or lost in flight."""
    reason = exc.reason if isinstance(exc, URLError) else exc
    if isinstance(reason, ConnectionRefusedError):
        return SlackError("unavailable", "Slack could not be reached (connection refused)")
    if isinstance(reason, TimeoutError):
        return SlackError("timeout", "Slack did not answer in time", outcome_unknown=writing)
    return SlackError("unavailable", f"The connection to Slack failed ({type(reason).__name__})",
                      outcome_unknown=writing)


def _seconds(value: object) -> float | None:
    try:
        return max(0.0, float(str(value)))
    except (TypeError, ValueError):
        return None
