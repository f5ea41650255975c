"""Zendesk's failures as one ZendeskError: a small closed set of codes, and plain words."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import requests
from zenpy.lib.exception import (
    APIException,
    RatelimitBudgetExceeded,
    RecordNotFoundException,
    ZenpyException,
)

from backend.integrations.errors import ExternalServiceError

ErrorCode = Literal[
    "unauthorized", "not_found", "rate_limited", "unavailable", "timeout", "invalid",
]


class ZendeskError(ExternalServiceError):
    """A failed Zendesk call, classified.

    ``code`` is one of ErrorCode; ``message`` names the cause in plain words; ``retry_after`` is
    the seconds Zendesk asked us to wait (rate limits), when known; ``status`` the HTTP status.
    """

    code: ErrorCode

    def __init__(
        self,
        code: ErrorCode,
        message: str,
        *,
        retry_after: float | None = None,
        status: int | None = None,
    ) -> None:
        """Record the classification; str(error) is the message."""
        # Only here so that type checking holds every raise to an ErrorCode of Zendesk's.
        super().__init__(code, message, retry_after=retry_after, status=status)

    def __repr__(self) -> str:
        """Show code, message and retry_after."""
        return f"ZendeskError({self.code!r}, {self.message!r}, retry_after={self.retry_after!r})"


class GiveUp(Exception):
    """Raised from the response hook: a 429 whose Retry-After the budget cannot cover."""

    def __init__(self, retry_after: float | None) -> None:
        super().__init__(retry_after)
        self.retry_after = retry_after


@dataclass
class _Said:
    status: int | None
    text: str
    retry_after: float | None



def _describe(response: Any) -> _Said:
    """Status, a short text of what Zendesk said, and its Retry-After, from a response."""
    status = getattr(response, "status_code", None)
    retry_after = None
    headers = getattr(response, "headers", None) or {}
    if headers.get("retry-after") is not None:
        try:
            retry_after = float(headers["retry-after"])
        except ValueError:
            retry_after = None
    text = ""
    try:
        body = response.json()
    except Exception:
        body = None
    if isinstance(body, dict):
        error = body.get("error")
        description = body.get("description")
        if isinstance(error, dict):  # some endpoints nest {"title", "message"}
            description = description or error.get("message")
            error = error.get("title")
        parts = [str(p) for p in (error, description) if p]
        details = body.get("details")
        if isinstance(details, dict):
            for items in details.values():
                for item in items if isinstance(items, list) else []:
                    if isinstance(item, dict) and item.get("description"):
                        parts.append(str(item["description"]))
        text = ": ".join(parts)
    if not text:
        text = str(getattr(response, "reason", "") or "unexpected answer")
    return _Said(status, text, retry_after)


def classify(
    exc: Exception, action: str, last_retry_after: float | None, timeout: float
) -> ZendeskError | None:
    """Turn an exception from zenpy/requests into a ZendeskError (None: not ours to map)."""
    if isinstance(exc, GiveUp):
        wait = "" if exc.retry_after is None else f"; Zendesk asks to wait {exc.retry_after:g} s"
        return ZendeskError("rate_limited", f"Zendesk's rate limit was reached while {action}"
                            f"{wait}", retry_after=exc.retry_after, status=429)
    if isinstance(exc, RatelimitBudgetExceeded):
        return ZendeskError("rate_limited", f"Zendesk kept rate-limiting us while {action}; gave"
                            " up after the configured wait", retry_after=last_retry_after,
                            status=429)
    response = getattr(exc, "response", None)
    if isinstance(exc, APIException | requests.exceptions.HTTPError) and response is not None:
        said = _describe(response)
        return _from_status(said, action)
    if isinstance(exc, RecordNotFoundException):
        return ZendeskError("not_found", f"Zendesk has no such record while {action}",
                            status=404)
    if isinstance(exc, requests.exceptions.Timeout):
        return ZendeskError("timeout", f"Zendesk did not answer within {timeout:g} s while"
                            f" {action}")
    if isinstance(exc, requests.exceptions.RequestException):
        return ZendeskError("unavailable", f"Zendesk is unreachable while {action}"
                            f" ({type(exc).__name__})")
    if isinstance(exc, ZenpyException | APIException):
        return ZendeskError("unavailable", f"Zendesk answered in a way zenpy could not read"
                            f" while {action}: {exc}")
    return None


def _from_status(said: _Said, action: str) -> ZendeskError:
    status = said.status or 0
    text = f"{status} {said.text}"
    if status in (401, 403):
        return ZendeskError("unauthorized", f"Zendesk rejected the credentials ({text})",
                            status=status)
    if status == 404:
        return ZendeskError("not_found", f"Zendesk found nothing while {action} ({text})",
                            status=status)
    if status == 429:
        return ZendeskError("rate_limited", f"Zendesk's rate limit was reached while {action}"
                            f" ({text})", retry_after=said.retry_after, status=status)
    if 400 <= status < 500:
        return ZendeskError("invalid", f"Zendesk refused the request while {action} ({text})",
                            status=status)
    return ZendeskError("unavailable", f"Zendesk failed while {action} ({text})", status=status)
